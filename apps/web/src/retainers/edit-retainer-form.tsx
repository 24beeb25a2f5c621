// Editing what may change on a running retainer: title, last month, VAT and payment terms.
import { isMonth } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { RetainerCard_RetainerFragment } from '@/gql/graphql';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { parseDecimal, parseWhole } from '@/shared/numbers';
import { FormError } from '@/shared/query-state';
import { ALLOCATION_DEPENDENT_QUERIES } from './retainer-mutations';
import { updateRetainerMutation } from './update-retainer.mutation';

export function EditRetainerForm({
  retainer,
  onDone,
}: {
  retainer: RetainerCard_RetainerFragment;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [update, { loading }] = useMutation(updateRetainerMutation, { refetchQueries: ALLOCATION_DEPENDENT_QUERIES });
  const form = useFormState({
    title: retainer.title,
    endMonth: retainer.endMonth ?? '',
    vatRatePercent: String(retainer.vatRatePercent),
    reverseCharge: retainer.reverseCharge,
    paymentTermsDays: String(retainer.paymentTermsDays),
  });
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const vat = parseDecimal(v.vatRatePercent);
      return {
        title: v.title.trim() ? undefined : 'Enter a title',
        endMonth:
          v.endMonth && !isMonth(v.endMonth)
            ? 'Enter the month as YYYY-MM'
            : v.endMonth && v.endMonth < retainer.startMonth
              ? 'The last month cannot come before the first'
              : undefined,
        vatRatePercent:
          v.reverseCharge || (vat !== null && vat >= 0 && vat <= 100) ? undefined : 'Enter a rate between 0 and 100',
        paymentTermsDays: parseWhole(v.paymentTermsDays) !== null ? undefined : 'Enter whole days',
      };
    });
    if (!ok) return;
    try {
      await update({
        variables: {
          input: {
            id: retainer.id,
            title: values.title.trim(),
            endMonth: values.endMonth || null,
            vatRatePercent: values.reverseCharge ? 0 : parseDecimal(values.vatRatePercent),
            reverseCharge: values.reverseCharge,
            paymentTermsDays: parseWhole(values.paymentTermsDays),
          },
        },
      });
      notify('Retainer updated');
      onDone();
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Edit retainer">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Title" required {...form.text('title')} />
          <TextInput
            label="Last month"
            description="Empty: ongoing"
            type="month"
            placeholder="2026-12"
            {...form.text('endMonth')}
          />
          <TextInput
            label="VAT rate (%)"
            inputMode="decimal"
            disabled={values.reverseCharge}
            {...form.text('vatRatePercent')}
          />
          <TextInput label="Payment terms (days)" inputMode="numeric" {...form.text('paymentTermsDays')} />
        </SimpleGrid>
        <Checkbox
          label="Reverse charge (0 % VAT)"
          checked={values.reverseCharge}
          onChange={(e) => form.setField('reverseCharge', e.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
