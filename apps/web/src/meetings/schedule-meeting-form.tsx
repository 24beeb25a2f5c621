// Scheduling a meeting: kind, title, date and start time (in this browser's time zone),
// duration, attendees and agenda.
import { isIsoDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { MeetingKind } from '@/gql/graphql';
import { formatMinutes, humanize } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { parseDuration } from '@/time/duration';
import { scheduleMeetingMutation } from './schedule-meeting.mutation';

const KINDS: MeetingKind[] = ['LEADERSHIP', 'BOARD', 'ONE_ON_ONE', 'WORKSHOP', 'STEERING', 'OTHER'];

export function ScheduleMeetingForm({
  clientId,
  today,
  minutesPerDay,
  onDone,
}: {
  clientId: string;
  today: string;
  minutesPerDay: number;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [schedule, { loading }] = useMutation(scheduleMeetingMutation, {
    refetchQueries: ['ClientMeetings', 'Dashboard'],
  });
  const form = useFormState({
    kind: 'LEADERSHIP' as MeetingKind,
    title: '',
    date: today,
    time: '09:00',
    duration: '1h',
    attendees: '',
    agenda: '',
  });
  const parsed = parseDuration(form.values.duration, { minutesPerDay });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      title: v.title.trim() ? undefined : 'Give the meeting a title',
      date: isIsoDate(v.date) ? undefined : 'Enter a date',
      time: /^([01]\d|2[0-3]):[0-5]\d$/.test(v.time) ? undefined : 'Enter a start time, e.g. 09:30',
      duration: parsed.ok ? undefined : parsed.error,
    }));
    if (!ok || !parsed.ok) return;
    const { values } = form;
    const starts = new Date(`${values.date}T${values.time}:00`);
    const ends = new Date(starts.getTime() + parsed.minutes * 60000);
    try {
      await schedule({
        variables: {
          input: {
            clientId,
            kind: values.kind,
            title: values.title.trim(),
            startsAt: starts.toISOString(),
            endsAt: ends.toISOString(),
            attendees: values.attendees
              .split(/[,;\n]/)
              .map((a) => a.trim())
              .filter(Boolean),
            agenda: values.agenda.trim(),
          },
        },
      });
      notify('Meeting scheduled');
      onDone();
    } catch (error) {
      form.applyError(error, { startsAt: 'date', endsAt: 'duration' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule meeting">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Title" required data-autofocus {...form.text('title')} />
          <NativeSelect
            label="Kind"
            data={KINDS.map((k) => ({ value: k, label: humanize(k) }))}
            {...form.text('kind')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Date" type="date" required {...form.text('date')} />
          <TextInput label="Start time" type="time" required {...form.text('time')} />
          <TextInput
            label="Duration"
            required
            description={parsed.ok ? `= ${formatMinutes(parsed.minutes)}` : 'e.g. 1h, 90m'}
            {...form.text('duration')}
          />
        </SimpleGrid>
        <TextInput label="Attendees" description="Separate names with commas" {...form.text('attendees')} />
        <Textarea label="Agenda" autosize minRows={2} {...form.text('agenda')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Schedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
