// The client's time entries month by month, with quick edit and delete for open months; or, for
// the client viewer, read-only: what their days were spent on (the API gives them billable time only).
import { firstDayOfMonth, lastDayOfMonth } from '@allot/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TimeEntryRow_EntryFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/errors';
import { formatDate, formatDays, formatMinutes, formatMonth } from '@/shared/format';
import { MonthSwitcher } from '@/shared/month-switcher';
import { useNotify } from '@/shared/notify';
import { PageLoader, QueryError } from '@/shared/query-state';
import { usePhoneLayout } from '@/shared/use-phone-layout';
import { clientTimeEntriesQuery } from './client-time-entries.query';
import { deleteTimeEntryMutation } from './delete-time-entry.mutation';
import { EditTimeEntryForm } from './edit-time-entry-form';
import { TIME_DEPENDENT_QUERIES } from './log-time.mutation';
import { TimeEntryItem, TimeEntryRow } from './time-entry-row';

const PAGE = 50;

export function TimeEntriesPanel({
  clientId,
  currentMonth,
  minutesPerDay,
  multipleRetainers,
  ...mode
}: {
  clientId: string;
  currentMonth: string;
  minutesPerDay: number;
  multipleRetainers: boolean;
} & ({ readOnly?: false; onLogTime: () => void } | { readOnly: true })) {
  const [month, setMonth] = useState(currentMonth);
  const phone = usePhoneLayout();
  const [editing, setEditing] = useState<TimeEntryRow_EntryFragment | null>(null);
  const [deleting, setDeleting] = useState<TimeEntryRow_EntryFragment | null>(null);
  const notify = useNotify();
  const filter = { clientId, from: firstDayOfMonth(month), to: lastDayOfMonth(month) };
  const { data, loading, error, refetch, fetchMore } = useQuery(clientTimeEntriesQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [remove, { loading: removing }] = useMutation(deleteTimeEntryMutation, {
    refetchQueries: TIME_DEPENDENT_QUERIES,
  });

  const entries = [...(data?.timeEntries.nodes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const billable = entries.filter((e) => e.billable).reduce((t, e) => t + e.minutes, 0);
  const nonBillable = entries.filter((e) => !e.billable).reduce((t, e) => t + e.minutes, 0);
  // Table rows, or list items on a phone (a six-column table does not fit 375 px).
  const Entry = phone ? TimeEntryItem : TimeEntryRow;
  const rows = entries.map((entry) => (
    <Entry
      key={entry.id}
      entry={entry}
      minutesPerDay={minutesPerDay}
      showRetainer={multipleRetainers}
      {...(mode.readOnly ? {} : { onEdit: setEditing, onDelete: setDeleting })}
    />
  ));

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({
        variables: { id: deleting.id },
        update(cache) {
          cache.evict({ id: cache.identify(deleting) });
          cache.gc();
        },
      });
      notify('Time entry deleted');
      setDeleting(null);
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <MonthSwitcher month={month} currentMonth={currentMonth} onChange={setMonth} />
        {!mode.readOnly && <Button onClick={mode.onLogTime}>Log time</Button>}
      </Group>
      {loading && !data ? (
        <PageLoader label="Loading time entries" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : entries.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text c="dimmed" ta="center">
            No time logged in {formatMonth(month)}.{mode.readOnly ? '' : ' Use “Log time” (or press T) to add some.'}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          {phone ? (
            <ul
              role="list"
              aria-label={`Time entries, ${formatMonth(month)}`}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {rows}
            </ul>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" aria-label={`Time entries, ${formatMonth(month)}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Duration</Table.Th>
                    <Table.Th>Category</Table.Th>
                    <Table.Th>Note</Table.Th>
                    {!mode.readOnly && (
                      <>
                        <Table.Th>
                          <span className="visually-hidden">Flags</span>
                        </Table.Th>
                        <Table.Th>
                          <span className="visually-hidden">Actions</span>
                        </Table.Th>
                      </>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{rows}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between" p="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {entries.length} of {data.timeEntries.totalCount} entries · billable {formatMinutes(billable)} (
              {formatDays(billable, minutesPerDay)})
              {nonBillable > 0 ? ` · non-billable ${formatMinutes(nonBillable)}` : ''}
            </Text>
            {data.timeEntries.pageInfo.hasNextPage && (
              <Button
                variant="default"
                size="xs"
                loading={loading}
                onClick={() =>
                  void fetchMore({ variables: { filter, first: PAGE, after: data.timeEntries.pageInfo.endCursor } })
                }
              >
                Load more
              </Button>
            )}
          </Group>
        </Paper>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Edit time entry" size="lg">
        {editing && <EditTimeEntryForm entry={editing} minutesPerDay={minutesPerDay} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this time entry?">
        {deleting && (
          <Stack gap="md">
            <Text size="sm">
              {formatMinutes(deleting.minutes)} on {formatDate(deleting.date)}
              {deleting.description ? ` — ${deleting.description}` : ''}. The balance is recalculated.
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Keep it
              </Button>
              <Button color="red" loading={removing} onClick={() => void confirmDelete()}>
                Delete
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
