// A retainer's terms: role, months, allocation and fee over time (amendments), one-off
// adjustments, rollover and overage policies, VAT and payment terms. The leader can change them.
import { Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { graphql } from '@/gql';
import type { RetainerCard_RetainerFragment, RetainerRole } from '@/gql/graphql';
import { formatMoney, formatMonth, formatPercent } from '@/shared/format';

export const retainerCardFragment = graphql(`
  fragment RetainerCard_retainer on Retainer {
    id
    title
    role
    startMonth
    endMonth
    rollover
    rolloverCapDays
    rolloverExpiryMonths
    overage
    overageDayRate {
      amountMinor
      currency
    }
    vatRatePercent
    reverseCharge
    paymentTermsDays
    amendments {
      id
      effectiveMonth
      daysPerMonth
      monthlyFee {
        amountMinor
        currency
      }
    }
    adjustments {
      id
      month
      days
      reason
    }
  }
`);

export const roleLabel: Record<RetainerRole, string> = {
  CTO: 'CTO',
  CIO: 'CIO',
  CAIO: 'Chief AI Officer',
  ADVISOR: 'Advisor',
  OTHER: 'Other',
};

export type RetainerAction = 'edit' | 'amend' | 'adjust';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function rolloverText(r: RetainerCard_RetainerFragment): string {
  if (r.rollover === 'NONE') return 'Unused days expire at month end';
  const parts = ['Unused days carry forward'];
  if (r.rolloverCapDays != null) parts.push(`at most ${r.rolloverCapDays} d carried`);
  if (r.rolloverExpiryMonths != null) parts.push(`each month's days last ${plural(r.rolloverExpiryMonths, 'month')}`);
  return parts.join(', ');
}

export function RetainerCard({
  retainer,
  currentMonth,
  onAction,
}: {
  retainer: RetainerCard_RetainerFragment;
  currentMonth: string;
  /** Offered to the leader only. */
  onAction?: (action: RetainerAction, retainer: RetainerCard_RetainerFragment) => void;
}) {
  const amendments = [...retainer.amendments].sort((a, b) => a.effectiveMonth.localeCompare(b.effectiveMonth));
  const current = [...amendments].reverse().find((a) => a.effectiveMonth <= currentMonth) ?? amendments[0];
  const adjustments = [...retainer.adjustments].sort((a, b) => b.month.localeCompare(a.month));
  const ended = retainer.endMonth != null && retainer.endMonth < currentMonth;
  const notStarted = retainer.startMonth > currentMonth;
  const headingId = `retainer-${retainer.id}`;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Title order={3} fz="lg" id={headingId}>
                {retainer.title}
              </Title>
              <Badge variant="light">{roleLabel[retainer.role]}</Badge>
              {ended && (
                <Badge variant="light" color="gray">
                  Ended
                </Badge>
              )}
              {notStarted && (
                <Badge variant="light" color="gray">
                  Starts {formatMonth(retainer.startMonth)}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {formatMonth(retainer.startMonth)} – {retainer.endMonth ? formatMonth(retainer.endMonth) : 'ongoing'}
            </Text>
          </Stack>
          {onAction && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" size="xs" style={{ flexShrink: 0 }}>
                  Change…<span className="visually-hidden"> ({retainer.title})</span>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => onAction('amend', retainer)}>Change days or fee from a month</Menu.Item>
                <Menu.Item onClick={() => onAction('adjust', retainer)}>Add or remove days in one month</Menu.Item>
                <Menu.Item onClick={() => onAction('edit', retainer)}>Edit terms</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm">
            <Text span fw={600}>
              Now:{' '}
            </Text>
            {current ? `${current.daysPerMonth} d / month for ${formatMoney(current.monthlyFee)}` : '—'}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Overage:{' '}
            </Text>
            {retainer.overage === 'BILL'
              ? `billed at ${formatMoney(retainer.overageDayRate)} / day`
              : 'absorbed, never billed'}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Rollover:{' '}
            </Text>
            {rolloverText(retainer)}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Invoicing:{' '}
            </Text>
            {retainer.reverseCharge ? 'reverse charge' : `VAT ${formatPercent(retainer.vatRatePercent)}`}, due in{' '}
            {plural(retainer.paymentTermsDays, 'day')}
          </Text>
        </SimpleGrid>

        {amendments.length > 0 && (
          <Table.ScrollContainer minWidth={280}>
            <Table fz="sm" className="tabular" aria-label={`Allocation of ${retainer.title}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>From</Table.Th>
                  <Table.Th ta="right">Days / month</Table.Th>
                  <Table.Th ta="right">Monthly fee</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {amendments.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatMonth(a.effectiveMonth)}</Table.Td>
                    <Table.Td ta="right">{a.daysPerMonth}</Table.Td>
                    <Table.Td ta="right">{formatMoney(a.monthlyFee)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {adjustments.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              One-off adjustments
            </Text>
            {adjustments.map((a) => (
              <Text size="sm" key={a.id}>
                {formatMonth(a.month)}: {a.days > 0 ? '+' : ''}
                {a.days} d — {a.reason}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
