// Invoices for every role. The leader generates the month's drafts and issues them; the
// accountant filters across clients and periods, sees totals per currency, downloads, exports the
// filtered set as CSV and marks invoices paid; the client viewer sees the invoices addressed to them.
import { addMonths, isMonth } from '@allot/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Chip,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSession } from '@/auth/session-context';
import type { InvoiceRow_InvoiceFragment, InvoiceStatus } from '@/gql/graphql';
import { currentMonthIn, todayIn } from '@/shared/calendar';
import { errorMessage } from '@/shared/errors';
import { formatMoney, formatMonth } from '@/shared/format';
import { useNotify } from '@/shared/notify';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { usePhoneLayout } from '@/shared/use-phone-layout';
import { useViewParams } from '@/shared/use-view-params';
import { generateInvoicesMutation } from './generate-invoices.mutation';
import { invoiceClientOptionsQuery } from './invoice-client-options.query';
import { InvoiceCardList, invoiceName, InvoiceRow, invoiceStatusLabel } from './invoice-row';
import { csvExportPath, totalsByCurrency } from './invoice-totals';
import { invoicesQuery } from './invoices.query';
import { INVOICE_DEPENDENT_QUERIES, issueInvoiceMutation } from './issue-invoice.mutation';
import { MarkPaidForm } from './mark-paid-form';

const STATUSES: InvoiceStatus[] = ['DRAFT', 'ISSUED', 'PAID', 'CREDITED'];
const PAGE = 100;

/** The period the filters show: the last twelve months unless the URL says otherwise. */
function periodIn(params: URLSearchParams, thisMonth: string): { fromMonth: string; toMonth: string } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { fromMonth: isMonth(from) ? from : addMonths(thisMonth, -11), toMonth: isMonth(to) ? to : thisMonth };
}

export function InvoicesPage() {
  const { role, workspace } = useSession();
  const notify = useNotify();
  const [params, updateParams] = useViewParams();
  const thisMonth = currentMonthIn(workspace.timezone);
  const today = todayIn(workspace.timezone);
  const { fromMonth, toMonth } = periodIn(params, thisMonth);
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is InvoiceStatus => STATUSES.includes(s as InvoiceStatus));
  const clientId = params.get('client');
  const isLeader = role === 'LEADER';
  const phone = usePhoneLayout();
  const seesClients = role !== 'CLIENT_VIEWER';

  const setFilter = (key: string, value: string | null) =>
    updateParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
    });

  const filter = {
    fromMonth,
    toMonth,
    status: status.length ? status : null,
    clientId: seesClients ? clientId : null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(invoicesQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const clientOptions = useQuery(invoiceClientOptionsQuery, { skip: !seesClients });
  const [generate, generating] = useMutation(generateInvoicesMutation, { refetchQueries: ['Invoices'] });
  const [issue] = useMutation(issueInvoiceMutation, { refetchQueries: INVOICE_DEPENDENT_QUERIES });
  const [generateMonth, setGenerateMonth] = useState(addMonths(thisMonth, -1));
  const [payingFor, setPayingFor] = useState<InvoiceRow_InvoiceFragment | null>(null);
  const [issuing, setIssuing] = useState<string | null>(null);

  const invoices = useMemo(
    () =>
      [...(data?.invoices.nodes ?? [])].sort(
        (a, b) => b.periodMonth.localeCompare(a.periodMonth) || (b.number ?? '~').localeCompare(a.number ?? '~'),
      ),
    [data],
  );
  // What the books (and the CSV export) hold: drafts are not invoices yet.
  const totals = totalsByCurrency(invoices.filter((inv) => inv.status !== 'DRAFT'));
  const draftCount = invoices.filter((inv) => inv.status === 'DRAFT').length;
  const clients = useMemo(() => {
    const byId = new Map<string, string>();
    for (const c of clientOptions.data?.clients ?? []) byId.set(c.id, c.name);
    for (const inv of invoices) byId.set(inv.client.id, inv.client.name);
    return [...byId.entries()]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [clientOptions.data, invoices]);

  const runGenerate = async () => {
    if (!isMonth(generateMonth)) {
      notify('Enter the month as YYYY-MM', 'error');
      return;
    }
    try {
      const result = await generate({ variables: { month: generateMonth } });
      const count = result.data?.generateInvoices.length ?? 0;
      notify(
        count === 0
          ? `No client had an active retainer in ${formatMonth(generateMonth)}`
          : `${count} draft${count === 1 ? '' : 's'} ready for ${formatMonth(generateMonth)}`,
      );
      // Widen the period shown to take the new drafts in, from the filters as they are now.
      updateParams((next) => {
        const shown = periodIn(next, thisMonth);
        if (generateMonth < shown.fromMonth) next.set('from', generateMonth);
        if (generateMonth > shown.toMonth) next.set('to', generateMonth);
      });
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };

  const runIssue = async (invoice: InvoiceRow_InvoiceFragment) => {
    setIssuing(invoice.id);
    try {
      const result = await issue({ variables: { id: invoice.id } });
      notify(`Issued ${result.data?.issueInvoice.number ?? ''} to ${invoice.client.name}`);
    } catch (e) {
      notify(errorMessage(e), 'error');
    } finally {
      setIssuing(null);
    }
  };

  const rowActions = (invoice: InvoiceRow_InvoiceFragment) => {
    if (role === 'CLIENT_VIEWER') return undefined;
    if (isLeader && invoice.status === 'DRAFT')
      return (
        <Button size="compact-sm" loading={issuing === invoice.id} onClick={() => void runIssue(invoice)}>
          Issue
          <span className="visually-hidden">
            {' '}
            the draft for {invoice.client.name}, {formatMonth(invoice.periodMonth)}
          </span>
        </Button>
      );
    if (invoice.status === 'ISSUED' && invoice.kind === 'INVOICE')
      return (
        <Button size="compact-sm" variant="default" onClick={() => setPayingFor(invoice)}>
          Mark paid<span className="visually-hidden"> {invoiceName(invoice)}</span>
        </Button>
      );
    return null;
  };

  return (
    <>
      <PageHeader
        title="Invoices"
        subtitle={
          role === 'CLIENT_VIEWER'
            ? 'Invoices addressed to your company.'
            : role === 'ACCOUNTANT'
              ? 'Every invoice and credit note of the practice.'
              : 'Generate the month’s drafts, review them, and issue.'
        }
        actions={
          seesClients && (
            <Button
              component="a"
              href={csvExportPath({ fromMonth, toMonth, status, clientId })}
              download
              variant="default"
            >
              Export CSV
            </Button>
          )
        }
      />
      <Stack gap="md">
        {isLeader && (
          <Paper withBorder p="md" radius="md" component="section" aria-label="Generate drafts">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label="Month to invoice"
                type="month"
                placeholder="2026-04"
                value={generateMonth}
                onChange={(e) => setGenerateMonth(e.currentTarget.value)}
              />
              <Button onClick={() => void runGenerate()} loading={generating.loading}>
                Generate drafts
              </Button>
              <Text size="sm" c="dimmed" style={{ flex: '1 1 220px' }}>
                Makes or refreshes a draft per client with an active retainer. Drafts can be regenerated until issued.
              </Text>
            </Group>
          </Paper>
        )}

        <Paper withBorder p="md" radius="md" component="section" aria-label="Filters">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2, md: seesClients ? 3 : 2 }} spacing="sm">
              <TextInput
                label="Service period from"
                type="month"
                value={fromMonth}
                onChange={(e) => isMonth(e.currentTarget.value) && setFilter('from', e.currentTarget.value)}
              />
              <TextInput
                label="Service period to"
                type="month"
                value={toMonth}
                onChange={(e) => isMonth(e.currentTarget.value) && setFilter('to', e.currentTarget.value)}
              />
              {seesClients && (
                <Select
                  label="Client"
                  placeholder="All clients"
                  data={clients}
                  value={clientId}
                  onChange={(v) => setFilter('client', v)}
                  clearable
                  searchable
                  selectFirstOptionOnChange
                />
              )}
            </SimpleGrid>
            <Chip.Group multiple value={status} onChange={(v) => setFilter('status', v.join(',') || null)}>
              <Group gap={6} role="group" aria-label="Status">
                {/* A client viewer is never shown drafts: no filter for them. */}
                {STATUSES.filter((s) => seesClients || s !== 'DRAFT').map((s) => (
                  <Chip key={s} value={s} size="sm" variant="outline">
                    {invoiceStatusLabel[s]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        </Paper>

        {loading && !data ? (
          <PageLoader label="Loading invoices" />
        ) : !data ? (
          <QueryError error={error} title="Could not load invoices" onRetry={() => void refetch()} />
        ) : invoices.length === 0 ? (
          <Paper withBorder p="xl" radius="md">
            <Text c="dimmed" ta="center">
              {isLeader
                ? 'No invoices in this period. Generate the drafts for a month above.'
                : 'No invoices match these filters. Widen the period or clear the status filter.'}
            </Text>
          </Paper>
        ) : (
          <>
            {totals.length > 0 && (
              <SimpleGrid
                cols={{ base: 1, sm: Math.min(3, totals.length) }}
                spacing="sm"
                aria-label="Totals per currency"
              >
                {totals.map((t) => (
                  <Paper key={t.currency} withBorder p="sm" radius="md">
                    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                      {t.currency} · {t.count} issued {t.count === 1 ? 'document' : 'documents'}
                    </Text>
                    <Text fw={700} fz="lg" className="tabular">
                      {formatMoney({ amountMinor: t.gross, currency: t.currency })}
                    </Text>
                    <Text size="xs" c="dimmed" className="tabular">
                      net {formatMoney({ amountMinor: t.net, currency: t.currency })} · VAT{' '}
                      {formatMoney({ amountMinor: t.vat, currency: t.currency })}
                    </Text>
                  </Paper>
                ))}
              </SimpleGrid>
            )}
            {draftCount > 0 && (
              <Text size="xs" c="dimmed">
                {draftCount} {draftCount === 1 ? 'draft is' : 'drafts are'} listed but not counted in the totals
                {status.includes('DRAFT') ? '' : ' nor in the CSV export'} until issued.
              </Text>
            )}
            <Paper withBorder={!phone} bg={phone ? 'transparent' : undefined} radius="md">
              {phone ? (
                <InvoiceCardList invoices={invoices} label="Invoices" showClient={seesClients} actions={rowActions} />
              ) : (
                <Table.ScrollContainer minWidth={seesClients ? 860 : 720}>
                  <Table verticalSpacing="xs" aria-label="Invoices" highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Number</Table.Th>
                        {seesClients && <Table.Th>Client</Table.Th>}
                        <Table.Th>Period</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>Issued</Table.Th>
                        <Table.Th>Due / paid</Table.Th>
                        <Table.Th ta="right">Total</Table.Th>
                        <Table.Th>Files</Table.Th>
                        {role !== 'CLIENT_VIEWER' && (
                          <Table.Th>
                            <span className="visually-hidden">Actions</span>
                          </Table.Th>
                        )}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {invoices.map((inv) => (
                        <InvoiceRow key={inv.id} invoice={inv} showClient={seesClients} actions={rowActions(inv)} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Group justify="space-between" p="sm">
                <Text size="xs" c="dimmed">
                  {invoices.length} of {data.invoices.totalCount} shown
                  {data.invoices.pageInfo.hasNextPage ? ' · totals cover the ones shown' : ''}
                </Text>
                {data.invoices.pageInfo.hasNextPage && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={loading}
                    onClick={() =>
                      void fetchMore({ variables: { filter, first: PAGE, after: data.invoices.pageInfo.endCursor } })
                    }
                  >
                    Load more
                  </Button>
                )}
              </Group>
            </Paper>
          </>
        )}
        {role === 'ACCOUNTANT' && (
          <Text size="xs" c="dimmed">
            CSV: one row per invoice line of the filtered period and status.{' '}
            <Anchor
              href={csvExportPath({ fromMonth, toMonth, status, clientId })}
              download
              size="xs"
              underline="always"
            >
              Download
            </Anchor>
          </Text>
        )}
      </Stack>
      <Modal opened={payingFor !== null} onClose={() => setPayingFor(null)} title="Mark invoice paid">
        {payingFor && <MarkPaidForm invoice={payingFor} today={today} onDone={() => setPayingFor(null)} />}
      </Modal>
    </>
  );
}
