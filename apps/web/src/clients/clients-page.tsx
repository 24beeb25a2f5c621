// The leader's clients: everyone they serve, with a way to add one. Archived clients on request.
import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/shared/page-header';
import { PageLoader, QueryError } from '@/shared/query-state';
import { ClientRow } from './client-row';
import { clientsListQuery } from './clients-list.query';

export function ClientsPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, loading, error, refetch } = useQuery(clientsListQuery, { variables: { includeArchived } });
  const clients = [...(data?.clients ?? [])].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name),
  );

  return (
    <>
      <PageHeader
        title="Clients"
        subtitle="The companies you serve. Open one to see its retainers, time, meetings and log."
        actions={
          <Button component={Link} to="/clients/new">
            New client
          </Button>
        }
      />
      <Group justify="flex-end" mb="sm">
        <Switch
          label="Show archived clients"
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        />
      </Group>
      {loading && !data ? (
        <PageLoader label="Loading clients" />
      ) : !data ? (
        <QueryError error={error} title="Could not load your clients" onRetry={() => void refetch()} />
      ) : clients.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <EmptyState
            title={includeArchived ? 'No clients at all yet' : 'No active clients'}
            description="Add the first company you work for; then give it a retainer to start logging time."
          >
            <Button component={Link} to="/clients/new" mt="md">
              Add your first client
            </Button>
          </EmptyState>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Clients">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Country</Table.Th>
                  <Table.Th>Currency</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clients.map((client) => (
                  <ClientRow key={client.id} client={client} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed" p="sm">
            {clients.length} {clients.length === 1 ? 'client' : 'clients'}
          </Text>
        </Paper>
      )}
    </>
  );
}
