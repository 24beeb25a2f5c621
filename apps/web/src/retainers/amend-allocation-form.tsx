// Changing a retainer's days per month and fee from a month on ("expand or contract as
// priorities change"). Months already invoiced are locked; the API answers CONFLICT for them.
import { isMonth } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { RetainerCard_RetainerFragment } from '@/gql/graphql';
import { toMinorUnits } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { parseDecimal } from '@/shared/numbers';
import { FormError } from '@/shared/query-state';
import { amendAllocationMutation } from './amend-allocation.mutation';
import { ALLOCATION_DEPENDENT_QUERIES } from './retainer-mutations';

export function AmendAllocationForm({
  retainer,
  currency,
  month,
  onDone,
}: {
  retainer: RetainerCard_RetainerFragment;
  currency: string;
  month: string;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [amend, { loading }] = useMutation(amendAllocationMutation, { refetchQueries: ALLOCATION_DEPENDENT_QUERIES });
  const form = useFormState({ effectiveMonth: month, daysPerMonth: '', monthlyFee: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const days = parseDecimal(v.daysPerMonth);
      return {
        effectiveMonth: isMonth(v.effectiveMonth) ? undefined : 'Enter the month as YYYY-MM',
        daysPerMonth: days !== null && days >= 0 ? undefined : 'Enter days per month, e.g. 2 or 3.5',
        monthlyFee: toMinorUnits(v.monthlyFee, currency) !== null ? undefined : `Enter the monthly fee in ${currency}`,
      };
    });
    if (!ok) return;
    try {
      await amend({
        variables: {
          input: {
            retainerId: retainer.id,
            effectiveMonth: form.values.effectiveMonth,
            daysPerMonth: parseDecimal(form.values.daysPerMonth) ?? 0,
            monthlyFeeMinor: toMinorUnits(form.values.monthlyFee, currency) ?? 0,
          },
        },
      });
      notify('Allocation changed');
      onDone();
    } catch (error) {
      form.applyError(error, { monthlyFeeMinor: 'monthlyFee' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Change allocation">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          From the month you choose on, {retainer.title} gets the new days and fee, until a later change.
        </Text>
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="From month" type="month" placeholder="2026-04" required {...form.text('effectiveMonth')} />
          <TextInput label="Days per month" inputMode="decimal" required {...form.text('daysPerMonth')} />
          <TextInput label={`Monthly fee (${currency})`} inputMode="decimal" required {...form.text('monthlyFee')} />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Change allocation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
