// An invoice in a list: number (or "Draft"), client, period, status, dates, total, downloads —
// as a table row on wide screens, as a stacked card on phones.
import { isInvoiceOverdue } from '@allot/domain';
import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '@/auth/session-context';
import { graphql } from '@/gql';
import type { InvoiceRow_InvoiceFragment, InvoiceStatus } from '@/gql/graphql';
import { todayIn } from '@/shared/calendar';
import { formatDate, formatMoney, formatMonth } from '@/shared/format';

export const invoiceRowFragment = graphql(`
  fragment InvoiceRow_invoice on Invoice {
    id
    kind
    number
    status
    client {
      id
      name
    }
    periodMonth
    issueDate
    dueDate
    currency
    netTotal {
      amountMinor
      currency
    }
    vatTotal {
      amountMinor
      currency
    }
    grossTotal {
      amountMinor
      currency
    }
    paidOn
    pdfPath
    ublPath
  }
`);

export const invoiceStatusLabel: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  ISSUED: 'Issued',
  PAID: 'Paid',
  CREDITED: 'Credited',
};

export const invoiceStatusColor: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'brand',
  PAID: 'teal',
  CREDITED: 'orange',
};

export function invoiceName(invoice: Pick<InvoiceRow_InvoiceFragment, 'kind' | 'number' | 'status'>): string {
  const what = invoice.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice';
  return invoice.number ? `${what} ${invoice.number}` : `Draft ${what.toLowerCase()}`;
}

export function InvoiceStatusBadge({ invoice }: { invoice: Pick<InvoiceRow_InvoiceFragment, 'status' | 'dueDate'> }) {
  const { workspace } = useSession();
  const badge = (
    <Badge color={invoiceStatusColor[invoice.status]} variant="light">
      {invoiceStatusLabel[invoice.status]}
    </Badge>
  );
  if (!isInvoiceOverdue(invoice, todayIn(workspace.timezone))) return badge;
  return (
    <Group gap={4} wrap="nowrap">
      {badge}
      <Badge color="red" variant="light">
        Overdue
      </Badge>
    </Group>
  );
}

export function DownloadLinks({
  invoice,
}: {
  invoice: Pick<InvoiceRow_InvoiceFragment, 'pdfPath' | 'ublPath' | 'number' | 'kind' | 'status'>;
}) {
  const name = invoiceName(invoice);
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor href={invoice.pdfPath} download size="sm" aria-label={`Download PDF of ${name}`}>
        PDF
      </Anchor>
      <Anchor href={invoice.ublPath} download size="sm" aria-label={`Download UBL e-invoice of ${name}`}>
        UBL
      </Anchor>
    </Group>
  );
}

export function InvoiceRow({
  invoice,
  showClient,
  actions,
}: {
  invoice: InvoiceRow_InvoiceFragment;
  showClient: boolean;
  actions?: ReactNode;
}) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor component={Link} to={`/invoices/${invoice.id}`} fw={600} size="sm">
          {invoice.number ?? 'Draft'}
        </Anchor>
        {invoice.kind === 'CREDIT_NOTE' && (
          <Text size="xs" c="dimmed">
            Credit note
          </Text>
        )}
      </Table.Td>
      {showClient && <Table.Td style={{ whiteSpace: 'nowrap' }}>{invoice.client.name}</Table.Td>}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMonth(invoice.periodMonth, 'short')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <InvoiceStatusBadge invoice={invoice} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(invoice.issueDate)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{dueOrPaid(invoice)}</Table.Td>
      <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(invoice.grossTotal)}
      </Table.Td>
      <Table.Td>
        <DownloadLinks invoice={invoice} />
      </Table.Td>
      {actions !== undefined && <Table.Td>{actions}</Table.Td>}
    </Table.Tr>
  );
}

function dueOrPaid(invoice: Pick<InvoiceRow_InvoiceFragment, 'status' | 'paidOn' | 'dueDate'>): string {
  return invoice.status === 'PAID' ? `Paid ${formatDate(invoice.paidOn)}` : formatDate(invoice.dueDate);
}

/** One invoice as a card, for a phone: everything the row shows, stacked, without sideways scrolling. */
export function InvoiceCard({
  invoice,
  showClient,
  actions,
}: {
  invoice: InvoiceRow_InvoiceFragment;
  showClient: boolean;
  actions?: ReactNode;
}) {
  const name = invoiceName(invoice);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      aria-label={`${name}${showClient ? `, ${invoice.client.name}` : ''}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/invoices/${invoice.id}`} fw={600} size="sm">
              {invoice.number ?? 'Draft'}
              {invoice.kind === 'CREDIT_NOTE' && ' · credit note'}
            </Anchor>
            <Text size="sm" c="dimmed" truncate="end">
              {showClient ? `${invoice.client.name} · ` : ''}
              {formatMonth(invoice.periodMonth, 'short')}
            </Text>
          </Stack>
          <InvoiceStatusBadge invoice={invoice} />
        </Group>
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
          {invoice.issueDate ? (
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Issued {formatDate(invoice.issueDate)}
              </Text>
              {(invoice.status === 'PAID' || invoice.dueDate) && (
                <Text size="xs" c="dimmed">
                  {invoice.status === 'PAID' ? dueOrPaid(invoice) : `Due ${formatDate(invoice.dueDate)}`}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="xs" c="dimmed">
              Not issued yet
            </Text>
          )}
          <Text fw={700} className="tabular">
            {formatMoney(invoice.grossTotal)}
          </Text>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <DownloadLinks invoice={invoice} />
          {actions}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The invoices as a list of cards (phones); `label` names the list as the table would be. */
export function InvoiceCardList({
  invoices,
  label,
  showClient,
  actions,
}: {
  invoices: InvoiceRow_InvoiceFragment[];
  label: string;
  showClient: boolean;
  actions?: (invoice: InvoiceRow_InvoiceFragment) => ReactNode;
}) {
  return (
    <Stack gap="xs" component="ul" role="list" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {invoices.map((inv) => (
        <InvoiceCard key={inv.id} invoice={inv} showClient={showClient} actions={actions?.(inv)} />
      ))}
    </Stack>
  );
}
