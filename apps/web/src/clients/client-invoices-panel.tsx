// The invoices of one client (for the client page and the client viewer).
import { useQuery } from '@apollo/client/react';
import { Paper, Table, Text } from '@mantine/core';
import { InvoiceCardList, InvoiceRow } from '@/invoices/invoice-row';
import { invoicesQuery } from '@/invoices/invoices.query';
import { PageLoader, QueryError } from '@/shared/query-state';
import { usePhoneLayout } from '@/shared/use-phone-layout';

export function ClientInvoicesPanel({ clientId, emptyHint }: { clientId: string; emptyHint: string }) {
  const phone = usePhoneLayout();
  const { data, loading, error, refetch } = useQuery(invoicesQuery, { variables: { filter: { clientId }, first: 50 } });
  if (loading && !data) return <PageLoader label="Loading invoices" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const invoices = [...data.invoices.nodes].sort((a, b) => b.periodMonth.localeCompare(a.periodMonth));
  if (invoices.length === 0)
    return (
      <Paper withBorder p="lg" radius="md">
        <Text c="dimmed" ta="center">
          {emptyHint}
        </Text>
      </Paper>
    );
  if (phone) return <InvoiceCardList invoices={invoices} label="Invoices of this client" showClient={false} />;
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="xs" aria-label="Invoices of this client">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Issued</Table.Th>
              <Table.Th>Due / paid</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>Files</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((inv) => (
              <InvoiceRow key={inv.id} invoice={inv} showClient={false} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
