// Quick edit of a time entry: date, duration (same parser as the quick entry), category, note,
// billable.
import { isIsoDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { TimeCategory, TimeEntryRow_EntryFragment } from '@/gql/graphql';
import { formatMinutes } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { TIME_CATEGORIES } from './categories';
import { parseDuration } from './duration';
import { TIME_DEPENDENT_QUERIES } from './log-time.mutation';
import { updateTimeEntryMutation } from './update-time-entry.mutation';

function asDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}

export function EditTimeEntryForm({
  entry,
  minutesPerDay,
  onDone,
}: {
  entry: TimeEntryRow_EntryFragment;
  minutesPerDay: number;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [update, { loading }] = useMutation(updateTimeEntryMutation, { refetchQueries: TIME_DEPENDENT_QUERIES });
  const form = useFormState({
    date: entry.date,
    duration: asDuration(entry.minutes),
    category: entry.category as TimeCategory,
    description: entry.description,
    billable: entry.billable,
  });
  const { values } = form;
  const parsed = parseDuration(values.duration, { minutesPerDay });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      date: isIsoDate(v.date) ? undefined : 'Enter a date',
      duration: parsed.ok ? undefined : parsed.error,
    }));
    if (!ok || !parsed.ok) return;
    try {
      await update({
        variables: {
          input: {
            id: entry.id,
            date: values.date,
            minutes: parsed.minutes,
            category: values.category,
            description: values.description.trim(),
            billable: values.billable,
          },
        },
      });
      notify('Time entry updated');
      onDone();
    } catch (error) {
      form.applyError(error, { minutes: 'duration' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Edit time entry">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <TextInput label="Date" type="date" required {...form.text('date')} />
          <TextInput
            label="Duration"
            required
            autoFocus
            description={parsed.ok ? `= ${formatMinutes(parsed.minutes)}` : '1.5h, 90m, 0.5d'}
            {...form.text('duration')}
          />
          <NativeSelect label="Category" data={TIME_CATEGORIES} {...form.text('category')} />
        </SimpleGrid>
        <TextInput label="Note" {...form.text('description')} />
        <Group justify="space-between" wrap="wrap">
          <Checkbox
            label="Billable"
            checked={values.billable}
            onChange={(e) => form.setField('billable', e.currentTarget.checked)}
          />
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
