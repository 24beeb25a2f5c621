// A client's meetings: upcoming first, then those held or cancelled. The leader schedules,
// records and cancels; the client viewer reads the shared notes.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { MeetingCard_MeetingFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/errors';
import { useNotify } from '@/shared/notify';
import { PageLoader, QueryError } from '@/shared/query-state';
import { cancelMeetingMutation } from './cancel-meeting.mutation';
import { clientMeetingsQuery } from './client-meetings.query';
import { MeetingCard } from './meeting-card';
import { RecordMeetingForm } from './record-meeting-form';
import { ScheduleMeetingForm } from './schedule-meeting-form';

interface RetainerOption {
  id: string;
  title: string;
  startMonth: string;
  endMonth?: string | null;
}

const PAGE = 50;

export function MeetingsPanel({
  clientId,
  canManage,
  retainers,
  minutesPerDay,
  today,
}: {
  clientId: string;
  canManage: boolean;
  retainers: RetainerOption[];
  minutesPerDay: number;
  today: string;
}) {
  const notify = useNotify();
  const [scheduling, setScheduling] = useState(false);
  const [recording, setRecording] = useState<MeetingCard_MeetingFragment | null>(null);
  // Scheduled meetings all at once; held and cancelled ones within a window that grows on request
  // (the API lists meetings oldest first, so a window keeps the latest ones on the first page).
  const [monthsBack, setMonthsBack] = useState(6);
  const since = useMemo(() => {
    const d = new Date();
    d.setMonth(d.getMonth() - monthsBack);
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  }, [monthsBack]);
  // Private notes are the leader's, who is also the one who manages meetings.
  const withPrivateNotes = canManage;
  const upcomingQuery = useQuery(clientMeetingsQuery, {
    variables: { filter: { clientId, status: ['SCHEDULED'] }, first: PAGE, withPrivateNotes },
  });
  const pastFilter = { clientId, status: ['HELD' as const, 'CANCELLED' as const], from: since };
  const pastQuery = useQuery(clientMeetingsQuery, {
    variables: { filter: pastFilter, first: PAGE, withPrivateNotes },
    notifyOnNetworkStatusChange: true,
  });
  const [cancel] = useMutation(cancelMeetingMutation, { refetchQueries: ['ClientMeetings', 'Dashboard'] });

  const upcoming = [...(upcomingQuery.data?.meetings.nodes ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = [...(pastQuery.data?.meetings.nodes ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const loading = (upcomingQuery.loading && !upcomingQuery.data) || (pastQuery.loading && !pastQuery.data);
  const failed = !loading && (!upcomingQuery.data || !pastQuery.data);
  const retry = () => {
    void upcomingQuery.refetch();
    void pastQuery.refetch();
  };

  const cancelMeeting = async (m: MeetingCard_MeetingFragment) => {
    try {
      await cancel({ variables: { id: m.id } });
      notify(`“${m.title}” cancelled`);
    } catch (e) {
      notify(errorMessage(e), 'error');
    }
  };

  const section = (title: string, list: MeetingCard_MeetingFragment[], empty: string) => (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} fz="lg">
        {title}
      </Title>
      {list.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.map((m) => (
            <MeetingCard
              key={m.id}
              meeting={m}
              onRecord={canManage ? setRecording : undefined}
              onCancel={canManage ? (x) => void cancelMeeting(x) : undefined}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );

  return (
    <Stack gap="lg">
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setScheduling(true)}>Schedule meeting</Button>
        </Group>
      )}
      {loading ? (
        <PageLoader label="Loading meetings" />
      ) : failed ? (
        <QueryError error={upcomingQuery.error ?? pastQuery.error} onRetry={retry} />
      ) : (
        <>
          {section(
            'Upcoming',
            upcoming,
            canManage ? 'Nothing scheduled. Schedule the next leadership meeting.' : 'No meetings are scheduled.',
          )}
          {section('Held and cancelled', past, 'No meetings held in this period.')}
          <Group justify="center">
            {pastQuery.data?.meetings.pageInfo.hasNextPage ? (
              <Button
                variant="default"
                loading={pastQuery.loading}
                onClick={() =>
                  void pastQuery.fetchMore({
                    variables: { filter: pastFilter, first: PAGE, after: pastQuery.data?.meetings.pageInfo.endCursor },
                  })
                }
              >
                Load more meetings
              </Button>
            ) : (
              <Button variant="subtle" loading={pastQuery.loading} onClick={() => setMonthsBack((m) => m + 12)}>
                Show meetings before {new Date(since).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' })}
              </Button>
            )}
          </Group>
        </>
      )}
      <Modal opened={scheduling} onClose={() => setScheduling(false)} title="Schedule meeting" size="lg">
        <ScheduleMeetingForm
          clientId={clientId}
          today={today}
          minutesPerDay={minutesPerDay}
          onDone={() => setScheduling(false)}
        />
      </Modal>
      <Modal
        opened={recording !== null}
        onClose={() => setRecording(null)}
        title={recording ? `Record “${recording.title}”` : 'Record meeting'}
        size="xl"
      >
        {recording && (
          <RecordMeetingForm
            meeting={recording}
            retainers={retainers}
            minutesPerDay={minutesPerDay}
            onDone={() => setRecording(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
