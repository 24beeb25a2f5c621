// One client on the dashboard: the month's balance (used of available, carried in, remaining,
// status), a burn-down sparkline, open action items, overdue deliverables and the next meeting.
import { Anchor, Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { BalanceStatusBadge, statusColor } from '@/balance/balance-status';
import { graphql } from '@/gql';
import type { ClientSummaryCard_SummaryFragment } from '@/gql/graphql';
import { formatDateTime, formatDays } from '@/shared/format';
import { BurnDownSparkline } from './burn-down-sparkline';

export const clientSummaryCardFragment = graphql(`
  fragment ClientSummaryCard_summary on ClientSummary {
    client {
      id
      name
      currency
    }
    balance {
      ...BalanceSummary_balance
    }
    hasActiveRetainer
    openActionItems
    overdueDeliverables
    lastMeeting {
      id
      title
      startsAt
    }
    nextMeeting {
      id
      title
      startsAt
    }
  }
`);

export function ClientSummaryCard({
  summary,
  elapsed,
  currentMonth = true,
}: {
  summary: ClientSummaryCard_SummaryFragment;
  /** Share of the month elapsed (0…1), for the burn-down. */
  elapsed: number;
  /** False when another month is shown: actions, deliverables and meetings are still today's. */
  currentMonth?: boolean;
}) {
  const { client, balance } = summary;
  const d = (m: number) => formatDays(m, balance.minutesPerDay);
  const pct = balance.availableMinutes > 0 ? Math.min(100, (balance.usedMinutes / balance.availableMinutes) * 100) : 0;
  const headingId = `summary-${client.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor
            component={Link}
            to={`/clients/${client.id}`}
            fw={700}
            id={headingId}
            style={{ minWidth: 0 }}
            truncate="end"
          >
            {client.name}
          </Anchor>
          {summary.hasActiveRetainer ? (
            <BalanceStatusBadge status={balance.status} />
          ) : (
            <Badge color="gray" variant="light">
              No retainer
            </Badge>
          )}
        </Group>
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Stack gap={0}>
            <Text fz={22} fw={700} className="tabular" lh={1.2}>
              {d(balance.usedMinutes)}
              <Text span size="sm" c="dimmed" fw={500}>
                {' '}
                / {d(balance.availableMinutes)}
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              used of available
            </Text>
          </Stack>
          <BurnDownSparkline
            availableMinutes={balance.availableMinutes}
            usedMinutes={balance.usedMinutes}
            projectedUsedMinutes={balance.projectedUsedMinutes}
            elapsed={elapsed}
            label={`Burn-down: ${d(balance.remainingMinutes)} remaining, ${d(balance.projectedUsedMinutes)} projected by month end`}
          />
        </Group>
        <Progress
          value={pct}
          color={summary.hasActiveRetainer ? statusColor[balance.status] : 'gray'}
          size="sm"
          aria-label={`${client.name}: ${Math.round(pct)} % of available days used`}
        />
        <Group gap="md" wrap="wrap">
          <Text size="xs">
            <Text span c="dimmed">
              Remaining{' '}
            </Text>
            <Text span fw={600}>
              {d(balance.remainingMinutes)}
            </Text>
          </Text>
          <Text size="xs">
            <Text span c="dimmed">
              Carried in{' '}
            </Text>
            <Text span fw={600}>
              {d(balance.carriedInMinutes)}
            </Text>
          </Text>
          <Text size="xs">
            <Text span c="dimmed">
              Projected{' '}
            </Text>
            <Text span fw={600}>
              {d(balance.projectedUsedMinutes)}
            </Text>
          </Text>
          {balance.overageMinutes > 0 && (
            <Text size="xs" c="red.9" fw={600}>
              Overage {d(balance.overageMinutes)}
            </Text>
          )}
        </Group>
        <Group gap={6} wrap="wrap">
          {!currentMonth && (
            <Text size="xs" c="dimmed">
              As of today:
            </Text>
          )}
          <Badge variant="light" color={summary.openActionItems > 0 ? 'orange' : 'gray'}>
            {summary.openActionItems} open {summary.openActionItems === 1 ? 'action' : 'actions'}
          </Badge>
          <Badge variant="light" color={summary.overdueDeliverables > 0 ? 'red' : 'gray'}>
            {summary.overdueDeliverables} overdue {summary.overdueDeliverables === 1 ? 'deliverable' : 'deliverables'}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {summary.nextMeeting
            ? `Next: ${summary.nextMeeting.title}, ${formatDateTime(summary.nextMeeting.startsAt)}`
            : summary.lastMeeting
              ? `No meeting scheduled · last ${formatDateTime(summary.lastMeeting.startsAt)}`
              : 'No meetings yet'}
        </Text>
      </Stack>
    </Card>
  );
}
