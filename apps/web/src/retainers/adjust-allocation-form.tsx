// A one-off change to one month's days (+2 days in March for the board off-site), with a reason.
import { isMonth } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { RetainerCard_RetainerFragment } from '@/gql/graphql';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { parseDecimal } from '@/shared/numbers';
import { FormError } from '@/shared/query-state';
import { adjustAllocationMutation } from './adjust-allocation.mutation';
import { ALLOCATION_DEPENDENT_QUERIES } from './retainer-mutations';

export function AdjustAllocationForm({
  retainer,
  month,
  onDone,
}: {
  retainer: RetainerCard_RetainerFragment;
  month: string;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [adjust, { loading }] = useMutation(adjustAllocationMutation, { refetchQueries: ALLOCATION_DEPENDENT_QUERIES });
  const form = useFormState({ month, days: '', reason: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const days = parseDecimal(v.days);
      return {
        month: isMonth(v.month) ? undefined : 'Enter the month as YYYY-MM',
        days: days !== null && days !== 0 ? undefined : 'Enter the days to add (or a negative number to remove)',
        reason: v.reason.trim() ? undefined : 'Say why, e.g. "Board off-site"',
      };
    });
    if (!ok) return;
    try {
      await adjust({
        variables: {
          input: {
            retainerId: retainer.id,
            month: form.values.month,
            days: parseDecimal(form.values.days) ?? 0,
            reason: form.values.reason.trim(),
          },
        },
      });
      notify('Month adjusted');
      onDone();
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Adjust one month">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Month" type="month" placeholder="2026-03" required {...form.text('month')} />
          <TextInput
            label="Days"
            description="+2 adds two days; −1 removes one"
            inputMode="decimal"
            required
            {...form.text('days')}
          />
        </SimpleGrid>
        <TextInput label="Reason" required {...form.text('reason')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Adjust month
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
