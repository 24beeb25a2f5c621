// One meeting: when, what kind, who, agenda; once held its shared notes (and, for the leader,
// private notes) and the time it logged. Scheduled meetings can be recorded or cancelled.
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '@/gql';
import type { MeetingCard_MeetingFragment, MeetingStatus } from '@/gql/graphql';
import { formatDateTime, formatMinutes, humanize } from '@/shared/format';

export const meetingCardFragment = graphql(`
  fragment MeetingCard_meeting on Meeting {
    id
    kind
    title
    startsAt
    endsAt
    status
    attendees
    agenda
    sharedNotes
    # The leader's only: the API answers anyone else FORBIDDEN. Every operation says whether it asks.
    privateNotes @include(if: $withPrivateNotes)
    timeEntry {
      id
      minutes
    }
  }
`);

const statusColor: Record<MeetingStatus, string> = { SCHEDULED: 'brand', HELD: 'teal', CANCELLED: 'gray' };

export function meetingMinutes(m: { startsAt: string; endsAt: string }): number {
  return Math.max(0, Math.round((new Date(m.endsAt).getTime() - new Date(m.startsAt).getTime()) / 60000));
}

function Notes({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Stack>
  );
}

export function MeetingCard({
  meeting,
  onRecord,
  onCancel,
}: {
  meeting: MeetingCard_MeetingFragment;
  onRecord?: (meeting: MeetingCard_MeetingFragment) => void;
  onCancel?: (meeting: MeetingCard_MeetingFragment) => void;
}) {
  const scheduled = meeting.status === 'SCHEDULED';
  const headingId = `meeting-${meeting.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz="md" id={headingId}>
              {meeting.title}
            </Title>
            <Text size="sm" c="dimmed">
              {formatDateTime(meeting.startsAt)} · {formatMinutes(meetingMinutes(meeting))} · {humanize(meeting.kind)}
            </Text>
          </Stack>
          <Badge color={statusColor[meeting.status]} variant="light">
            {humanize(meeting.status)}
          </Badge>
        </Group>
        {meeting.attendees.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              Attendees:{' '}
            </Text>
            {meeting.attendees.join(', ')}
          </Text>
        )}
        {meeting.agenda && <Notes label="Agenda" text={meeting.agenda} />}
        {meeting.sharedNotes && <Notes label="Notes" text={meeting.sharedNotes} />}
        {meeting.privateNotes && <Notes label="Private notes (only you)" text={meeting.privateNotes} />}
        {meeting.timeEntry && (
          <Text size="xs" c="dimmed">
            Logged {formatMinutes(meeting.timeEntry.minutes)}
          </Text>
        )}
        {scheduled && (onRecord || onCancel) && (
          <Group gap="xs" mt={4}>
            {onRecord && (
              <Button size="xs" onClick={() => onRecord(meeting)}>
                Record meeting
              </Button>
            )}
            {onCancel && (
              <Button size="xs" variant="default" onClick={() => onCancel(meeting)}>
                Cancel meeting
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
