// What needs the leader's attention this month, most severe first.
import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardQuery, Severity } from '@/gql/graphql';

type AlertItem = DashboardQuery['dashboard']['alerts'][number];

const severityRank: Record<Severity, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };
const severityColor: Record<Severity, string> = { CRITICAL: 'red', WARNING: 'orange', INFO: 'brand' };
const severityLabel: Record<Severity, string> = { CRITICAL: 'Critical', WARNING: 'Warning', INFO: 'Note' };

function ClientLink({ client }: { client: { id: string; name: string } }) {
  return (
    <Anchor component={Link} to={`/clients/${client.id}`} size="sm" fw={600}>
      {client.name}
    </Anchor>
  );
}

/**
 * The alert's message with the client's name in it made a link to the client. The messages
 * name their client already ("Northwind Robotics has 1 overdue deliverable"); only one that does
 * not gets the name put in front.
 */
export function AlertMessage({ message, client }: { message: string; client?: { id: string; name: string } | null }) {
  if (!client) return <>{message}</>;
  const at = client.name ? message.indexOf(client.name) : -1;
  if (at < 0)
    return (
      <>
        <ClientLink client={client} />
        {': '}
        {message}
      </>
    );
  return (
    <>
      {message.slice(0, at)}
      <ClientLink client={client} />
      {message.slice(at + client.name.length)}
    </>
  );
}

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
          <Stack gap="xs" component="ul" role="list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {sorted.map((a, i) => (
              <li key={`${a.kind}-${a.client?.id ?? 'all'}-${i}`}>
                <Alert color={severityColor[a.severity]} variant="light" p="xs" title={severityLabel[a.severity]}>
                  <Text size="sm">
                    <AlertMessage message={a.message} client={a.client} />
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
