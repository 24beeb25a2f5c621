// Recording a meeting in one form: shared notes (the client sees them), private notes (only the
// leader), the time to log, and the decisions and action items that go into the log.
import { isActiveMonth, isIsoDate, monthOfDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSession } from '@/auth/session-context';
import type { MeetingCard_MeetingFragment } from '@/gql/graphql';
import { dateIn } from '@/shared/calendar';
import { formatMinutes } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { parseDuration } from '@/time/duration';
import { meetingMinutes } from './meeting-card';
import { MEETING_DEPENDENT_QUERIES, recordMeetingMutation } from './record-meeting.mutation';

interface RetainerOption {
  id: string;
  title: string;
  startMonth: string;
  endMonth?: string | null;
}

interface ActionRow {
  key: number;
  title: string;
  owner: string;
  dueDate: string;
}

function asDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}

export function RecordMeetingForm({
  meeting,
  retainers,
  minutesPerDay,
  onDone,
}: {
  meeting: MeetingCard_MeetingFragment;
  retainers: RetainerOption[];
  minutesPerDay: number;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [record, { loading }] = useMutation(recordMeetingMutation, { refetchQueries: MEETING_DEPENDENT_QUERIES });
  const { workspace } = useSession();
  // The month the API will log the time in: the meeting's date on the workspace's calendar.
  const month = monthOfDate(dateIn(workspace.timezone, new Date(meeting.startsAt)));
  const active = retainers.filter((r) => isActiveMonth(r, month));
  const form = useFormState({
    sharedNotes: meeting.sharedNotes,
    privateNotes: meeting.privateNotes ?? '',
    duration: asDuration(meetingMinutes(meeting)),
    retainerId: active.length === 1 ? (active[0]?.id ?? '') : '',
  });
  const [decisions, setDecisions] = useState<string[]>(['']);
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [nextKey, setNextKey] = useState(1);
  const parsed = parseDuration(form.values.duration, { minutesPerDay });

  const addAction = () => {
    setActions((rows) => [...rows, { key: nextKey, title: '', owner: '', dueDate: '' }]);
    setNextKey((k) => k + 1);
  };
  const updateAction = (key: number, patch: Partial<ActionRow>) =>
    setActions((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      duration: parsed.ok ? undefined : parsed.error,
      retainerId: active.length > 1 && !v.retainerId ? 'Choose which retainer the time counts against' : undefined,
    }));
    const errors: Record<string, string> = {};
    actions.forEach((a, i) => {
      const filled = a.title.trim() || a.owner.trim() || a.dueDate;
      if (!filled) return;
      if (!a.title.trim()) errors[`title-${a.key}`] = `Action ${i + 1} needs a title`;
      if (!a.owner.trim()) errors[`owner-${a.key}`] = 'Who owns it?';
      if (a.dueDate && !isIsoDate(a.dueDate)) errors[`due-${a.key}`] = 'Enter a date';
    });
    setRowErrors(errors);
    if (!ok || !parsed.ok || Object.keys(errors).length) return;
    try {
      await record({
        variables: {
          input: {
            meetingId: meeting.id,
            sharedNotes: form.values.sharedNotes.trim(),
            privateNotes: form.values.privateNotes.trim() || null,
            minutes: parsed.minutes,
            retainerId: form.values.retainerId || null,
            decisions: decisions.map((d) => d.trim()).filter(Boolean),
            actionItems: actions
              .filter((a) => a.title.trim())
              .map((a) => ({ title: a.title.trim(), owner: a.owner.trim(), dueDate: a.dueDate || null })),
          },
        },
      });
      notify('Meeting recorded; decisions and actions are in the log');
      onDone();
    } catch (error) {
      form.applyError(error, { minutes: 'duration' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record meeting">
      <Stack gap="md">
        <FormError message={form.general} />
        <Textarea
          label="Shared notes"
          description="The client sees these"
          autosize
          minRows={3}
          {...form.text('sharedNotes')}
        />
        <Textarea
          label="Private notes"
          description="Only you see these"
          autosize
          minRows={2}
          {...form.text('privateNotes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Time to log"
            description={parsed.ok ? `= ${formatMinutes(parsed.minutes)}` : 'e.g. 1h, 90m'}
            required
            {...form.text('duration')}
          />
          {active.length > 1 && (
            <NativeSelect
              label="Retainer"
              required
              data={[
                { value: '', label: 'Choose a retainer…' },
                ...active.map((r) => ({ value: r.id, label: r.title })),
              ]}
              {...form.text('retainerId')}
            />
          )}
        </SimpleGrid>

        <Fieldset legend="Decisions" variant="filled">
          <Stack gap="xs">
            {decisions.map((d, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Decision ${i + 1}`}
                  value={d}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setDecisions((all) => all.map((x, j) => (j === i ? value : x)));
                  }}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={1}
                  aria-label={`Remove decision ${i + 1}`}
                  onClick={() => setDecisions((all) => all.filter((_, j) => j !== i))}
                >
                  <span aria-hidden>×</span>
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="xs" onClick={() => setDecisions((all) => [...all, ''])}>
                Add a decision
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend="Action items" variant="filled">
          <Stack gap="sm">
            {actions.length === 0 && (
              <Text size="sm" c="dimmed">
                None yet.
              </Text>
            )}
            {actions.map((a, i) => (
              <Group key={a.key} gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  style={{ flex: '2 1 200px' }}
                  label={`Action ${i + 1}`}
                  value={a.title}
                  error={rowErrors[`title-${a.key}`]}
                  onChange={(e) => updateAction(a.key, { title: e.currentTarget.value })}
                />
                <TextInput
                  style={{ flex: '1 1 120px' }}
                  label={`Action ${i + 1} owner`}
                  value={a.owner}
                  error={rowErrors[`owner-${a.key}`]}
                  onChange={(e) => updateAction(a.key, { owner: e.currentTarget.value })}
                />
                <TextInput
                  style={{ flex: '1 1 140px' }}
                  type="date"
                  label={`Action ${i + 1} due`}
                  value={a.dueDate}
                  error={rowErrors[`due-${a.key}`]}
                  onChange={(e) => updateAction(a.key, { dueDate: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={1}
                  aria-label={`Remove action ${i + 1}`}
                  onClick={() => setActions((rows) => rows.filter((r) => r.key !== a.key))}
                >
                  <span aria-hidden>×</span>
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="xs" onClick={addAction}>
                Add an action item
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Record meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
