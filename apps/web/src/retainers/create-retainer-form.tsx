// A new retainer for a client: role and months, the first allocation and fee, rollover and
// overage policies, VAT and payment terms. Amounts are typed in the client's currency.
import { isMonth } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { OveragePolicy, RetainerRole, RolloverPolicy } from '@/gql/graphql';
import { exampleAmount, toMinorUnits } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { parseDecimal, parseWhole } from '@/shared/numbers';
import { FormError } from '@/shared/query-state';
import { createRetainerMutation } from './create-retainer.mutation';
import { roleLabel } from './retainer-card';
import { ALLOCATION_DEPENDENT_QUERIES } from './retainer-mutations';

const ROLES = (Object.keys(roleLabel) as RetainerRole[]).map((value) => ({ value, label: roleLabel[value] }));

export function CreateRetainerForm({
  clientId,
  currency,
  startMonth,
  onDone,
}: {
  clientId: string;
  currency: string;
  startMonth: string;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [create, { loading }] = useMutation(createRetainerMutation, { refetchQueries: ALLOCATION_DEPENDENT_QUERIES });
  const form = useFormState({
    title: 'Fractional CTO',
    role: 'CTO' as RetainerRole,
    startMonth,
    endMonth: '',
    daysPerMonth: '4',
    monthlyFee: '',
    overageDayRate: '',
    rollover: 'CARRY_FORWARD' as RolloverPolicy,
    rolloverCapDays: '',
    rolloverExpiryMonths: '',
    overage: 'BILL' as OveragePolicy,
    vatRatePercent: '21',
    reverseCharge: false,
    paymentTermsDays: '30',
  });
  const { values } = form;
  const money = (text: string) => toMinorUnits(text, currency);
  const moneyHint = `In ${currency}, e.g. ${exampleAmount(currency)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const days = parseDecimal(v.daysPerMonth);
      const vat = parseDecimal(v.vatRatePercent);
      const cap = v.rolloverCapDays.trim() ? parseDecimal(v.rolloverCapDays) : 0;
      const expiry = v.rolloverExpiryMonths.trim() ? parseWhole(v.rolloverExpiryMonths) : 1;
      return {
        title: v.title.trim() ? undefined : 'Name the retainer, e.g. "Fractional CTO"',
        startMonth: isMonth(v.startMonth) ? undefined : 'Enter the first month as YYYY-MM',
        endMonth:
          v.endMonth && !isMonth(v.endMonth)
            ? 'Enter the last month as YYYY-MM, or leave it empty'
            : v.endMonth && v.endMonth < v.startMonth
              ? 'The last month comes after the first'
              : undefined,
        daysPerMonth: days !== null && days >= 0 ? undefined : 'Enter days per month, e.g. 4 or 2.5',
        monthlyFee: money(v.monthlyFee) !== null ? undefined : `Enter the monthly fee in ${currency}`,
        overageDayRate:
          v.overage === 'ABSORB' && !v.overageDayRate.trim()
            ? undefined
            : money(v.overageDayRate) !== null
              ? undefined
              : `Enter the day rate for extra days in ${currency}`,
        rolloverCapDays: cap !== null && cap >= 0 ? undefined : 'Enter a number of days, or leave it empty',
        rolloverExpiryMonths:
          expiry !== null && expiry >= 1 ? undefined : 'Enter whole months (1 or more), or leave it empty',
        vatRatePercent:
          v.reverseCharge || (vat !== null && vat >= 0 && vat <= 100)
            ? undefined
            : 'Enter a VAT rate between 0 and 100',
        paymentTermsDays: parseWhole(v.paymentTermsDays) !== null ? undefined : 'Enter whole days, e.g. 30',
      };
    });
    if (!ok) return;
    const carry = values.rollover === 'CARRY_FORWARD';
    try {
      await create({
        variables: {
          input: {
            clientId,
            title: values.title.trim(),
            role: values.role,
            startMonth: values.startMonth,
            endMonth: values.endMonth || null,
            daysPerMonth: parseDecimal(values.daysPerMonth) ?? 0,
            monthlyFeeMinor: money(values.monthlyFee) ?? 0,
            overageDayRateMinor: money(values.overageDayRate) ?? 0,
            rollover: values.rollover,
            rolloverCapDays: carry && values.rolloverCapDays.trim() ? parseDecimal(values.rolloverCapDays) : null,
            rolloverExpiryMonths:
              carry && values.rolloverExpiryMonths.trim() ? parseWhole(values.rolloverExpiryMonths) : null,
            overage: values.overage,
            vatRatePercent: values.reverseCharge ? 0 : (parseDecimal(values.vatRatePercent) ?? 0),
            reverseCharge: values.reverseCharge,
            paymentTermsDays: parseWhole(values.paymentTermsDays) ?? 30,
          },
        },
      });
      notify(`${values.title.trim()} created`);
      onDone();
    } catch (error) {
      form.applyError(error, { monthlyFeeMinor: 'monthlyFee', overageDayRateMinor: 'overageDayRate' });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New retainer">
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Title" required {...form.text('title')} />
          <NativeSelect label="Role" data={ROLES} {...form.text('role')} />
          <TextInput label="First month" placeholder="2026-01" type="month" required {...form.text('startMonth')} />
          <TextInput
            label="Last month"
            description="Optional; inclusive"
            placeholder="2026-12"
            type="month"
            {...form.text('endMonth')}
          />
          <TextInput label="Days per month" inputMode="decimal" required {...form.text('daysPerMonth')} />
          <TextInput
            label="Monthly fee"
            description={moneyHint}
            inputMode="decimal"
            required
            {...form.text('monthlyFee')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            label="Unused days"
            data={[
              { value: 'CARRY_FORWARD', label: 'Carry forward' },
              { value: 'NONE', label: 'Expire at month end' },
            ]}
            {...form.text('rollover')}
          />
          {values.rollover === 'CARRY_FORWARD' && (
            <>
              <TextInput
                label="Carry at most (days)"
                description="Empty: no cap"
                inputMode="decimal"
                {...form.text('rolloverCapDays')}
              />
              <TextInput
                label="Carried days last (months)"
                description="Empty: they never expire"
                inputMode="numeric"
                {...form.text('rolloverExpiryMonths')}
              />
            </>
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label="Time beyond the allowance"
            data={[
              { value: 'BILL', label: 'Bill at a day rate' },
              { value: 'ABSORB', label: 'Absorb (never billed)' },
            ]}
            {...form.text('overage')}
          />
          <TextInput
            label="Overage day rate"
            description={moneyHint}
            inputMode="decimal"
            required={values.overage === 'BILL'}
            {...form.text('overageDayRate')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
          <TextInput
            label="VAT rate (%)"
            inputMode="decimal"
            disabled={values.reverseCharge}
            {...form.text('vatRatePercent')}
          />
          <TextInput label="Payment terms (days)" inputMode="numeric" {...form.text('paymentTermsDays')} />
          <Checkbox
            label="Reverse charge (0 % VAT)"
            checked={values.reverseCharge}
            onChange={(e) => form.setField('reverseCharge', e.currentTarget.checked)}
            mb={8}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create retainer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
