// Adding to the log: the leader writes decisions, commitments, action items, risks, outcomes and
// notes; the client viewer writes comments (optionally about an entry).
import { isIsoDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { LogKind } from '@/gql/graphql';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { appendLogEntryMutation, LOG_DEPENDENT_QUERIES } from './append-log-entry.mutation';
import { logKindLabel } from './log-entry-item';

const LEADER_KINDS: LogKind[] = ['DECISION', 'COMMITMENT', 'ACTION_ITEM', 'RISK', 'OUTCOME', 'NOTE'];

export function AppendEntryForm({
  clientId,
  mode,
  refersTo,
  onDone,
}: {
  clientId: string;
  mode: 'leader' | 'viewer';
  refersTo?: { id: string; seq: number; title: string } | null;
  onDone?: () => void;
}) {
  const notify = useNotify();
  const [append, { loading }] = useMutation(appendLogEntryMutation, { refetchQueries: LOG_DEPENDENT_QUERIES });
  const initial = {
    kind: (mode === 'leader' ? 'DECISION' : 'COMMENT') as LogKind,
    title: '',
    body: '',
    owner: '',
    dueDate: '',
  };
  const form = useFormState(initial);
  const { values } = form;
  const withOwner = values.kind === 'ACTION_ITEM' || values.kind === 'COMMITMENT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      title: v.title.trim() ? undefined : mode === 'viewer' ? 'Write your comment' : 'Give the entry a title',
      owner: v.kind === 'ACTION_ITEM' && !v.owner.trim() ? 'Who owns this action?' : undefined,
      dueDate: v.dueDate && !isIsoDate(v.dueDate) ? 'Enter a date or leave it empty' : undefined,
    }));
    if (!ok) return;
    try {
      await append({
        variables: {
          input: {
            clientId,
            kind: values.kind,
            title: values.title.trim(),
            body: values.body.trim(),
            owner: withOwner ? values.owner.trim() || null : null,
            dueDate: withOwner ? values.dueDate || null : null,
            refersToId: refersTo?.id ?? null,
          },
        },
      });
      notify(mode === 'viewer' ? 'Comment added' : `${logKindLabel[values.kind]} added to the log`);
      form.reset(initial);
      onDone?.();
    } catch (error) {
      form.applyError(error, { refersToId: 'title' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'viewer' ? 'Add a comment' : 'Add to the log'}>
      <Stack gap="sm">
        <FormError message={form.general} />
        {mode === 'leader' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Kind"
              data={LEADER_KINDS.map((k) => ({ value: k, label: logKindLabel[k] }))}
              {...form.text('kind')}
            />
            <TextInput label="Title" required style={{ gridColumn: 'span 2' }} {...form.text('title')} />
          </SimpleGrid>
        ) : (
          <TextInput
            label={refersTo ? `Comment on #${refersTo.seq} “${refersTo.title}”` : 'Comment'}
            required
            data-autofocus
            {...form.text('title')}
          />
        )}
        <Textarea
          label={mode === 'viewer' ? 'Details (optional)' : 'Details'}
          autosize
          minRows={2}
          {...form.text('body')}
        />
        {withOwner && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Owner" required={values.kind === 'ACTION_ITEM'} {...form.text('owner')} />
            <TextInput label="Due date" type="date" {...form.text('dueDate')} />
          </SimpleGrid>
        )}
        <Group justify="flex-end" gap="xs">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={loading}>
            {mode === 'viewer' ? 'Add comment' : 'Add to log'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
