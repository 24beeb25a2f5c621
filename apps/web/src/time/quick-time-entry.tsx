// The quick-entry form: client (and retainer when there are several), date (today in the
// workspace's zone), duration as typed ("1.5h", "90m", "0.5d", "1h30m"), category, note.
// Keyboard-only: every control is a native field and Enter logs the time.
import { isActiveMonth, isIsoDate, monthOfDate } from '@allot/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useSession } from '@/auth/session-context';
import type { QuickEntryOptionsQuery, TimeCategory } from '@/gql/graphql';
import { todayIn } from '@/shared/calendar';
import { formatDays, formatMinutes } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError, PageLoader, QueryError } from '@/shared/query-state';
import { TIME_CATEGORIES } from './categories';
import { parseDuration } from './duration';
import { logTimeMutation, TIME_DEPENDENT_QUERIES } from './log-time.mutation';
import { quickEntryOptionsQuery } from './quick-entry-options.query';

export function QuickTimeEntry({ initialClientId, onDone }: { initialClientId?: string; onDone: () => void }) {
  const { data, loading, error, refetch } = useQuery(quickEntryOptionsQuery);
  if (loading && !data) return <PageLoader label="Loading clients" />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <QuickTimeEntryForm clients={data.clients} initialClientId={initialClientId} onDone={onDone} />;
}

type Clients = QuickEntryOptionsQuery['clients'];

function QuickTimeEntryForm({
  clients,
  initialClientId,
  onDone,
}: {
  clients: Clients;
  initialClientId?: string;
  onDone: () => void;
}) {
  const { workspace, minutesPerDay } = useSession();
  const notify = useNotify();
  const [logTime, { loading }] = useMutation(logTimeMutation, { refetchQueries: TIME_DEPENDENT_QUERIES });
  const active = useMemo(
    () => clients.filter((c) => !c.archived || c.id === initialClientId).sort((a, b) => a.name.localeCompare(b.name)),
    [clients, initialClientId],
  );
  const form = useFormState({
    clientId: initialClientId ?? (active.length === 1 ? (active[0]?.id ?? '') : ''),
    retainerId: '',
    date: todayIn(workspace.timezone),
    duration: '',
    category: 'ADVISORY' as TimeCategory,
    description: '',
    billable: true,
  });
  const { values } = form;
  const [touchedDuration, setTouchedDuration] = useState(false);

  const client = active.find((c) => c.id === values.clientId);
  const month = isIsoDate(values.date) ? monthOfDate(values.date) : null;
  const retainers = client && month ? client.retainers.filter((r) => isActiveMonth(r, month)) : [];
  const retainerId = retainers.length === 1 ? (retainers[0]?.id ?? '') : values.retainerId;
  const parsed = values.duration.trim() ? parseDuration(values.duration, { minutesPerDay }) : null;

  if (active.length === 0) {
    return <Text c="dimmed">There is no client to log time for yet. Add a client and a retainer first.</Text>;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouchedDuration(true);
    const duration = parseDuration(values.duration, { minutesPerDay });
    const ok = form.check((v) => ({
      clientId: v.clientId ? undefined : 'Choose a client',
      date: isIsoDate(v.date) ? undefined : 'Enter a date',
      retainerId:
        v.clientId && isIsoDate(v.date) && retainers.length === 0
          ? 'This client has no retainer active on that date'
          : retainers.length > 1 && !retainerId
            ? 'Choose the retainer'
            : undefined,
      duration: duration.ok ? undefined : duration.error,
    }));
    if (!ok || !duration.ok) return;
    try {
      await logTime({
        variables: {
          input: {
            retainerId,
            date: values.date,
            minutes: duration.minutes,
            category: values.category,
            description: values.description.trim(),
            billable: values.billable,
          },
        },
      });
      notify(`Logged ${formatMinutes(duration.minutes)} for ${client?.name ?? 'the client'}`);
      onDone();
    } catch (error) {
      form.applyError(error, { minutes: 'duration' });
    }
  };

  const durationHint = parsed?.ok
    ? `= ${formatMinutes(parsed.minutes)} (${formatDays(parsed.minutes, minutesPerDay)})`
    : `e.g. 1.5h, 90m, 0.5d or 1h30m · 1 d = ${formatMinutes(minutesPerDay)}`;
  const durationError = form.errors.duration ?? (touchedDuration && parsed && !parsed.ok ? parsed.error : undefined);

  return (
    <form onSubmit={submit} noValidate aria-label="Log time">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NativeSelect
            label="Client"
            required
            data={[{ value: '', label: 'Choose a client…' }, ...active.map((c) => ({ value: c.id, label: c.name }))]}
            {...form.text('clientId')}
            onChange={(e) => {
              form.setField('clientId', e.currentTarget.value);
              form.setField('retainerId', '');
            }}
            autoFocus={!initialClientId}
          />
          <TextInput label="Date" type="date" required {...form.text('date')} />
        </SimpleGrid>
        {retainers.length > 1 ? (
          <NativeSelect
            label="Retainer"
            required
            data={[
              { value: '', label: 'Choose a retainer…' },
              ...retainers.map((r) => ({ value: r.id, label: r.title })),
            ]}
            {...form.text('retainerId')}
          />
        ) : (
          (form.errors.retainerId || retainers.length === 1) && (
            <Text
              size="sm"
              c={form.errors.retainerId ? 'red.9' : 'dimmed'}
              role={form.errors.retainerId ? 'alert' : undefined}
            >
              {form.errors.retainerId ?? `Retainer: ${retainers[0]?.title}`}
            </Text>
          )
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label="Duration"
            required
            placeholder="1.5h"
            autoComplete="off"
            autoFocus={Boolean(initialClientId)}
            description={durationHint}
            {...form.text('duration')}
            onBlur={() => setTouchedDuration(true)}
            error={durationError}
          />
          <NativeSelect label="Category" data={TIME_CATEGORIES} {...form.text('category')} />
        </SimpleGrid>
        <TextInput label="Note" placeholder="What was it for?" {...form.text('description')} />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Checkbox
            label="Billable (counts against the retainer)"
            checked={values.billable}
            onChange={(e) => form.setField('billable', e.currentTarget.checked)}
          />
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Log time
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
