// Creating or editing a deliverable: title, description, due date, and (new ones) the retainer.
import { isIsoDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { DeliverableCard_DeliverableFragment } from '@/gql/graphql';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { createDeliverableMutation } from './create-deliverable.mutation';
import { DELIVERABLE_DEPENDENT_QUERIES } from './set-deliverable-status.mutation';
import { updateDeliverableMutation } from './update-deliverable.mutation';

export function DeliverableForm({
  clientId,
  retainers,
  deliverable,
  onDone,
}: {
  clientId: string;
  retainers: { id: string; title: string }[];
  deliverable?: DeliverableCard_DeliverableFragment;
  onDone: () => void;
}) {
  const notify = useNotify();
  const refetchQueries = ['ClientDeliverables', ...DELIVERABLE_DEPENDENT_QUERIES];
  const [create, creating] = useMutation(createDeliverableMutation, { refetchQueries });
  const [update, updating] = useMutation(updateDeliverableMutation, { refetchQueries });
  const form = useFormState({
    title: deliverable?.title ?? '',
    description: deliverable?.description ?? '',
    dueDate: deliverable?.dueDate ?? '',
    retainerId: deliverable?.retainer?.id ?? (retainers.length === 1 ? (retainers[0]?.id ?? '') : ''),
  });
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      title: v.title.trim() ? undefined : 'Name the deliverable',
      dueDate: v.dueDate && !isIsoDate(v.dueDate) ? 'Enter a date or leave it empty' : undefined,
    }));
    if (!ok) return;
    try {
      if (deliverable) {
        await update({
          variables: {
            input: {
              id: deliverable.id,
              title: values.title.trim(),
              description: values.description.trim(),
              dueDate: values.dueDate || null,
            },
          },
        });
        notify('Deliverable updated');
      } else {
        await create({
          variables: {
            input: {
              clientId,
              retainerId: values.retainerId || null,
              title: values.title.trim(),
              description: values.description.trim(),
              dueDate: values.dueDate || null,
            },
          },
        });
        notify('Deliverable added');
      }
      onDone();
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={deliverable ? 'Edit deliverable' : 'New deliverable'}>
      <Stack gap="md">
        <FormError message={form.general} />
        <TextInput label="Title" required data-autofocus {...form.text('title')} />
        <Textarea label="Description" autosize minRows={3} {...form.text('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Due date" type="date" description="Optional" {...form.text('dueDate')} />
          {!deliverable && retainers.length > 1 && (
            <NativeSelect
              label="Retainer"
              description="Optional"
              data={[{ value: '', label: 'None' }, ...retainers.map((r) => ({ value: r.id, label: r.title }))]}
              {...form.text('retainerId')}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {deliverable ? 'Save' : 'Add deliverable'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
