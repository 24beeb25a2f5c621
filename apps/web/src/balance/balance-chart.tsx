// The client's last twelve months as a chart (allocated and carried in; used and overage;
// expired), with the same figures as a table for screen readers and exact reading.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Accordion, Table } from '@mantine/core';
import { formatMonth } from '@/shared/format';
import type { HistoryRow } from './balance-history';

const series = [
  { name: 'allocated', label: 'Allocated', color: 'brand.7', stackId: 'available' },
  { name: 'carriedIn', label: 'Carried in', color: 'brand.3', stackId: 'available' },
  { name: 'usedWithin', label: 'Used', color: 'teal.7', stackId: 'used' },
  { name: 'overage', label: 'Overage', color: 'red.7', stackId: 'used' },
  { name: 'expired', label: 'Expired', color: 'gray.5', stackId: 'expired' },
];

export default function BalanceChart({ rows }: { rows: HistoryRow[] }) {
  const data = rows.map((r) => ({ ...r, label: formatMonth(r.month, 'short') }));
  const daysText = (n: number) => `${n} d`;
  return (
    <>
      <BarChart
        h={280}
        data={data}
        dataKey="label"
        series={series}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={daysText}
        tickLine="none"
        gridAxis="x"
        aria-label="Balance over the last twelve months, in days"
        role="img"
      />
      <Accordion variant="contained" mt="sm" chevronPosition="left">
        <Accordion.Item value="table">
          <Accordion.Control>Show the figures as a table</Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={560}>
              <Table striped className="tabular" aria-label="Balance history in days">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Month</Table.Th>
                    <Table.Th ta="right">Allocated</Table.Th>
                    <Table.Th ta="right">Carried in</Table.Th>
                    <Table.Th ta="right">Used</Table.Th>
                    <Table.Th ta="right">Overage</Table.Th>
                    <Table.Th ta="right">Expired</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.month}>
                      <Table.Td>{formatMonth(r.month)}</Table.Td>
                      <Table.Td ta="right">{daysText(r.allocated)}</Table.Td>
                      <Table.Td ta="right">{daysText(r.carriedIn)}</Table.Td>
                      <Table.Td ta="right">{daysText(r.used)}</Table.Td>
                      <Table.Td ta="right">{daysText(r.overage)}</Table.Td>
                      <Table.Td ta="right">{daysText(r.expired)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </>
  );
}
