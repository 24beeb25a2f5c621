// One invoice: addressee, period, lines, totals, downloads; the leader issues a draft or credits
// an issued invoice, the leader or accountant marks it paid.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Grid, Group, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '@/auth/session-context';
import { todayIn } from '@/shared/calendar';
import { errorMessage } from '@/shared/errors';
import { countryName, formatDate, formatMoney, formatMonth, formatPercent } from '@/shared/format';
import { useNotify } from '@/shared/notify';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { usePhoneLayout } from '@/shared/use-phone-layout';
import { creditInvoiceMutation } from './credit-invoice.mutation';
import { invoiceDetailQuery } from './invoice-detail.query';
import { DownloadLinks, invoiceName, InvoiceStatusBadge } from './invoice-row';
import { INVOICE_DEPENDENT_QUERIES, issueInvoiceMutation } from './issue-invoice.mutation';
import { MarkPaidForm } from './mark-paid-form';

const unitName: Record<string, string> = { MON: 'month', DAY: 'day' };

/** `1 month`, `1.25 days`. */
function quantityText(line: { quantity: number; unitCode: string }): string {
  return `${line.quantity} ${unitName[line.unitCode] ?? line.unitCode}${line.quantity === 1 ? '' : 's'}`;
}

export function InvoicePage() {
  const { invoiceId = '' } = useParams();
  const { role, workspace } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(invoiceDetailQuery, { variables: { id: invoiceId } });
  const [issue, issuing] = useMutation(issueInvoiceMutation, { refetchQueries: INVOICE_DEPENDENT_QUERIES });
  const [credit, crediting] = useMutation(creditInvoiceMutation, { refetchQueries: INVOICE_DEPENDENT_QUERIES });
  const [paying, setPaying] = useState(false);
  const [creditOpen, setCreditOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const phone = usePhoneLayout();

  if (loading && !data) return <PageLoader label="Loading invoice" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const invoice = data.invoice;
  if (!invoice) return <QueryError error={new Error('This invoice does not exist or is not shared with you.')} />;

  const isLeader = role === 'LEADER';
  const runIssue = async () => {
    try {
      const result = await issue({ variables: { id: invoice.id } });
      notify(`Issued ${result.data?.issueInvoice.number ?? ''}`);
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };
  const runCredit = async () => {
    if (!reason.trim()) {
      setReasonError('Say why the invoice is credited');
      return;
    }
    try {
      const result = await credit({ variables: { id: invoice.id, reason: reason.trim() } });
      setCreditOpen(false);
      notify('Credit note issued');
      const note = result.data?.creditInvoice;
      if (note) navigate(`/invoices/${note.id}`);
    } catch (e) {
      setReasonError(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader
        title={invoiceName(invoice)}
        badge={<InvoiceStatusBadge invoice={invoice} />}
        subtitle={`${invoice.client.name} · ${formatMonth(invoice.periodMonth)}`}
        actions={
          <>
            {isLeader && invoice.status === 'DRAFT' && (
              <Button onClick={() => void runIssue()} loading={issuing.loading}>
                Issue invoice
              </Button>
            )}
            {role !== 'CLIENT_VIEWER' && invoice.status === 'ISSUED' && invoice.kind === 'INVOICE' && (
              <Button variant="default" onClick={() => setPaying(true)}>
                Mark paid
              </Button>
            )}
            {isLeader && invoice.kind === 'INVOICE' && (invoice.status === 'ISSUED' || invoice.status === 'PAID') && (
              <Button variant="default" color="red" onClick={() => setCreditOpen(true)}>
                Credit…
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Anchor component={Link} to="/invoices" size="sm">
          ← All invoices
        </Anchor>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                Billed to
              </Text>
              <Text fw={600}>{invoice.client.legalName}</Text>
              <Text size="sm">{invoice.client.addressLine}</Text>
              <Text size="sm">
                {invoice.client.postalCode} {invoice.client.city}, {countryName(invoice.client.country)}
              </Text>
              {invoice.client.vatId && <Text size="sm">VAT {invoice.client.vatId}</Text>}
              <Text size="sm" c="dimmed">
                {invoice.client.billingEmail}
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Stack gap={2}>
                <Text size="sm">Period: {formatMonth(invoice.periodMonth)}</Text>
                <Text size="sm">Issued: {formatDate(invoice.issueDate)}</Text>
                <Text size="sm">Due: {formatDate(invoice.dueDate)}</Text>
                {invoice.paidOn && <Text size="sm">Paid: {formatDate(invoice.paidOn)}</Text>}
                {invoice.creditedInvoice && (
                  <Text size="sm">
                    Reverses{' '}
                    <Anchor component={Link} to={`/invoices/${invoice.creditedInvoice.id}`}>
                      {invoice.creditedInvoice.number ?? 'an invoice'}
                    </Anchor>
                  </Text>
                )}
                <Group gap="xs" mt={4}>
                  <Text size="sm">Files:</Text>
                  <DownloadLinks invoice={invoice} />
                </Group>
              </Stack>
            </Grid.Col>
          </Grid>
        </Paper>
        <Paper withBorder radius="md">
          {phone ? (
            // A five-column table does not fit a phone: one stacked item per line.
            <Stack
              gap={0}
              component="ul"
              role="list"
              aria-label="Invoice lines"
              className="tabular"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {invoice.lines.length === 0 && (
                <Text component="li" c="dimmed" size="sm" p="md">
                  No lines.
                </Text>
              )}
              {invoice.lines.map((line, i) => (
                <Stack
                  key={i}
                  gap={2}
                  component="li"
                  p="md"
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Text size="sm" fw={600}>
                    {line.description}
                  </Text>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" c="dimmed">
                      {quantityText(line)} × {formatMoney(line.unitPrice)} · VAT{' '}
                      {invoice.reverseCharge ? 'reverse charge' : formatPercent(line.vatRatePercent)}
                    </Text>
                    <Text size="sm" fw={600}>
                      {formatMoney(line.net)}
                    </Text>
                  </Group>
                </Stack>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={620}>
              <Table verticalSpacing="sm" className="tabular" aria-label="Invoice lines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Description</Table.Th>
                    <Table.Th ta="right">Quantity</Table.Th>
                    <Table.Th ta="right">Unit price</Table.Th>
                    <Table.Th ta="right">VAT</Table.Th>
                    <Table.Th ta="right">Net</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invoice.lines.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <Text c="dimmed" size="sm">
                          No lines.
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {invoice.lines.map((line, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{line.description}</Table.Td>
                      <Table.Td ta="right">{quantityText(line)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.unitPrice)}</Table.Td>
                      <Table.Td ta="right">
                        {invoice.reverseCharge ? 'RC' : formatPercent(line.vatRatePercent)}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(line.net)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Stack gap={2} p="md" align="flex-end" className="tabular">
            <Text size="sm">Net {formatMoney(invoice.netTotal)}</Text>
            <Text size="sm">
              VAT {formatMoney(invoice.vatTotal)}
              {invoice.reverseCharge ? ' (reverse charge)' : ''}
            </Text>
            <Title order={2} fz="lg">
              Total {formatMoney(invoice.grossTotal)}
            </Title>
          </Stack>
        </Paper>
      </Stack>
      <Modal opened={paying} onClose={() => setPaying(false)} title="Mark invoice paid">
        {paying && (
          <MarkPaidForm invoice={invoice} today={todayIn(workspace.timezone)} onDone={() => setPaying(false)} />
        )}
      </Modal>
      <Modal opened={creditOpen} onClose={() => setCreditOpen(false)} title="Credit this invoice">
        <Stack gap="md">
          <Text size="sm">
            A credit note reverses {invoiceName(invoice)} in full, with its own number. This cannot be undone.
          </Text>
          <Textarea
            label="Reason"
            required
            data-autofocus
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setCreditOpen(false)}>
              Cancel
            </Button>
            <Button color="red" loading={crediting.loading} onClick={() => void runCredit()}>
              Issue credit note
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
