// What needs the leader's attention this month, most severe first.
import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardQuery, Severity } from '@/gql/graphql';

type AlertItem = DashboardQuery['dashboard']['alerts'][number];

const severityRank: Record<Severity, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };
const severityColor: Record<Severity, string> = { CRITICAL: 'red', WARNING: 'orange', INFO: 'brand' };
const severityLabel: Record<Severity, string> = { CRITICAL: 'Critical', WARNING: 'Warning', INFO: 'Note' };

export function AlertsList({ alerts }: { alerts: AlertItem[] }) {
  const sorted = [...alerts].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="alerts-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="alerts-title">
          Alerts
        </Title>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing needs your attention this month.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {sorted.map((a, i) => (
              <li key={`${a.kind}-${a.client?.id ?? 'all'}-${i}`}>
                <Alert color={severityColor[a.severity]} variant="light" p="xs" title={severityLabel[a.severity]}>
                  <Text size="sm">
                    {a.client && (
                      <>
                        <Anchor component={Link} to={`/clients/${a.client.id}`} size="sm" fw={600}>
                          {a.client.name}
                        </Anchor>
                        {': '}
                      </>
                    )}
                    {a.message}
                  </Text>
                </Alert>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
