// One month's balance as a row of figures: used of available, remaining, carried in, overage,
// expiring, and the status. All arithmetic is the API's; this only shows it in days.
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useSession } from '@/auth/session-context';
import { graphql } from '@/gql';
import type { BalanceSummary_BalanceFragment } from '@/gql/graphql';
import { currentMonthIn } from '@/shared/calendar';
import { formatDays, formatMonth } from '@/shared/format';
import { BalanceStatusBadge, statusColor } from './balance-status';

export const balanceSummaryFragment = graphql(`
  fragment BalanceSummary_balance on MonthBalance {
    month
    minutesPerDay
    allocatedMinutes
    carriedInMinutes
    availableMinutes
    usedMinutes
    remainingMinutes
    overageMinutes
    expiredMinutes
    carriedOutMinutes
    projectedUsedMinutes
    status
    locked
  }
`);

function Figure({ label, value, hint, note }: { label: string; value: string; hint?: string; note?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="lg" className="tabular">
        {value}
      </Text>
      {[note, hint].filter(Boolean).map((line) => (
        <Text key={line} size="xs" c="dimmed">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

export function BalanceSummary({
  balance,
  title,
  covered = true,
}: {
  balance: BalanceSummary_BalanceFragment;
  title?: string;
  /** False when no retainer covers the month: its zero balance is no status to report. */
  covered?: boolean;
}) {
  const d = (minutes: number) => formatDays(minutes, balance.minutesPerDay);
  const { workspace } = useSession();
  const currentMonth = currentMonthIn(workspace.timezone);
  const barColor = covered ? statusColor[balance.status] : 'gray';
  const usedPct =
    balance.availableMinutes > 0 ? Math.min(100, (balance.usedMinutes / balance.availableMinutes) * 100) : 0;
  const projectedPct =
    balance.availableMinutes > 0
      ? Math.min(
          100 - usedPct,
          Math.max(0, ((balance.projectedUsedMinutes - balance.usedMinutes) / balance.availableMinutes) * 100),
        )
      : 0;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      aria-label={title ?? `Balance for ${formatMonth(balance.month)}`}
      component="section"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{title ?? formatMonth(balance.month)}</Text>
          <Group gap="xs">
            {balance.locked && (
              <Badge color="gray" variant="light">
                Invoiced · locked
              </Badge>
            )}
            {covered ? (
              <BalanceStatusBadge status={balance.status} />
            ) : (
              <Badge color="gray" variant="light">
                No retainer this month
              </Badge>
            )}
          </Group>
        </Group>
        <Progress.Root size="lg">
          <Progress.Section
            value={usedPct}
            color={barColor}
            aria-label={`${d(balance.usedMinutes)} used of ${d(balance.availableMinutes)} available, ${d(balance.projectedUsedMinutes)} projected`}
          />
          <Progress.Section value={projectedPct} color={barColor} style={{ opacity: 0.35 }} withAria={false} />
        </Progress.Root>
        <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="md">
          <Figure label="Used" value={`${d(balance.usedMinutes)} / ${d(balance.availableMinutes)}`} />
          <Figure label="Remaining" value={d(balance.remainingMinutes)} />
          <Figure label="Projected" value={d(balance.projectedUsedMinutes)} hint="used by month end" />
          <Figure label="Allocated" value={d(balance.allocatedMinutes)} />
          <Figure label="Carried in" value={d(balance.carriedInMinutes)} />
          <Figure
            label="Overage"
            value={d(balance.overageMinutes)}
            note={
              // A client's figures sum its retainers, but each retainer's days are its own: one can
              // run over while another still has days left.
              balance.overageMinutes > 0 && balance.remainingMinutes > 0
                ? 'on one retainer while another has days left'
                : undefined
            }
            hint={
              balance.expiredMinutes === 0
                ? undefined
                : balance.month < currentMonth
                  ? `${d(balance.expiredMinutes)} expired`
                  : // The month is still running: what is unused now is what would be lost at its end.
                    `${d(balance.expiredMinutes)} expire at month end if unused`
            }
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
