// The leader's home: the month at a glance — capacity, a card per active client, alerts — with
// a month switcher.
import { isMonth, workingDaysElapsed, workingDaysInMonth } from '@allot/domain';
import { useQuery } from '@apollo/client/react';
import { Button, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '@/auth/session-context';
import type { BalanceStatus } from '@/gql/graphql';
import { currentMonthIn, todayIn } from '@/shared/calendar';
import { formatMonth } from '@/shared/format';
import { MonthSwitcher } from '@/shared/month-switcher';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { useViewParams } from '@/shared/use-view-params';
import { AlertsList } from './alerts-list';
import { CapacityPanel } from './capacity-panel';
import { ClientSummaryCard } from './client-summary-card';
import { dashboardQuery } from './dashboard.query';

const statusRank: Record<BalanceStatus, number> = { OVER: 0, AT_RISK: 1, UNDER_USED: 2, ON_TRACK: 3 };

/**
 * Share of `month` elapsed on `today` (both in the workspace's zone), in working days: the clock
 * of rule 7's projection, which the burn-down draws from this point to the month's end.
 */
export function elapsedShare(month: string, today: string): number {
  return workingDaysElapsed(month, today) / workingDaysInMonth(month);
}

export function DashboardPage() {
  const { workspace, minutesPerDay } = useSession();
  const [params, updateParams] = useViewParams();
  const currentMonth = currentMonthIn(workspace.timezone);
  const month = isMonth(params.get('month') ?? '') ? (params.get('month') as string) : currentMonth;
  const { data, loading, error, refetch } = useQuery(dashboardQuery, { variables: { month } });
  const elapsed = elapsedShare(month, todayIn(workspace.timezone));

  const setMonth = (m: string) => {
    updateParams((next) => {
      if (m === currentMonth) next.delete('month');
      else next.set('month', m);
    });
  };

  const summaries = [...(data?.dashboard.clients ?? [])].sort(
    // Clients no retainer covers this month go last: there is nothing to watch there.
    (a, b) =>
      Number(!a.hasActiveRetainer) - Number(!b.hasActiveRetainer) ||
      statusRank[a.balance.status] - statusRank[b.balance.status] ||
      a.client.name.localeCompare(b.client.name),
  );

  return (
    <>
      <PageHeader
        title="Dashboard"
        subtitle={`${workspace.name} · ${formatMonth(month)}`}
        actions={<MonthSwitcher month={month} currentMonth={currentMonth} onChange={setMonth} />}
      />
      {loading && !data ? (
        <PageLoader label="Loading the month" />
      ) : !data ? (
        <QueryError error={error} title="Could not load the dashboard" onRetry={() => void refetch()} />
      ) : (
        <Stack gap="lg">
          {data.dashboard.capacity && (
            <CapacityPanel capacity={data.dashboard.capacity} minutesPerDay={minutesPerDay} />
          )}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="sm" component="section" aria-labelledby="clients-title">
                <Title order={2} fz="md" id="clients-title">
                  Clients this month
                </Title>
                {summaries.length === 0 ? (
                  <Paper withBorder p="lg" radius="md">
                    <Stack align="center" gap="sm">
                      <Text c="dimmed" ta="center">
                        No client has an active retainer in {formatMonth(month)}.
                      </Text>
                      <Button component={Link} to="/clients" variant="default">
                        Go to clients
                      </Button>
                    </Stack>
                  </Paper>
                ) : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                    {summaries.map((s) => (
                      <ClientSummaryCard
                        key={s.client.id}
                        summary={s}
                        elapsed={elapsed}
                        currentMonth={month === currentMonth}
                      />
                    ))}
                  </SimpleGrid>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <AlertsList alerts={data.dashboard.alerts} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </>
  );
}
