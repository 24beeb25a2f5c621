// The client's details form, for creating a client and for editing one (a client's currency is
// fixed once created). Checks what it can before sending; the API's field errors land at the field.
import { isCountryCode, isCurrencyCode } from '@allot/domain';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useFormState } from '@/shared/form';
import { countryOptions, currencyOptions, rankedFilter } from '@/shared/options';
import { FormError } from '@/shared/query-state';

export interface ClientFormValues {
  name: string;
  legalName: string;
  addressLine: string;
  city: string;
  postalCode: string;
  country: string;
  vatId: string;
  billingEmail: string;
  currency: string;
}

export const emptyClient = (currency: string): ClientFormValues => ({
  name: '',
  legalName: '',
  addressLine: '',
  city: '',
  postalCode: '',
  country: '',
  vatId: '',
  billingEmail: '',
  currency,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateClient(v: ClientFormValues): Partial<Record<keyof ClientFormValues, string>> {
  const required = (value: string, message: string, max = 200) =>
    !value.trim() ? message : value.trim().length > max ? `Keep it under ${max} characters` : undefined;
  return {
    name: required(v.name, 'Enter the name you call this client'),
    legalName: required(v.legalName, 'Enter the legal name for invoices'),
    addressLine: required(v.addressLine, 'Enter the street address'),
    city: required(v.city, 'Enter the city'),
    postalCode: required(v.postalCode, 'Enter the postal code', 20),
    country: isCountryCode(v.country) ? undefined : 'Choose the country',
    vatId:
      v.vatId.trim() && !/^[A-Za-z0-9][A-Za-z0-9 .-]{1,19}$/.test(v.vatId.trim())
        ? 'A VAT id has letters and digits, like NL123456789B01'
        : undefined,
    billingEmail: EMAIL.test(v.billingEmail.trim()) ? undefined : 'Enter the e-mail address invoices go to',
    currency: isCurrencyCode(v.currency) ? undefined : 'Choose the currency to invoice in',
  };
}

/** Trimmed values, with an empty VAT id sent as null. */
export function cleanClient(v: ClientFormValues) {
  return {
    name: v.name.trim(),
    legalName: v.legalName.trim(),
    addressLine: v.addressLine.trim(),
    city: v.city.trim(),
    postalCode: v.postalCode.trim(),
    country: v.country,
    vatId: v.vatId.trim() ? v.vatId.trim().toUpperCase().replace(/\s+/g, '') : null,
    billingEmail: v.billingEmail.trim(),
    currency: v.currency,
  };
}

export function ClientForm({
  initial,
  currencyEditable,
  submitLabel,
  onSubmit,
  onCancel,
  saving,
}: {
  initial: ClientFormValues;
  currencyEditable: boolean;
  submitLabel: string;
  /** Sends the values; a rejected promise's API error is shown at the fields. */
  onSubmit: (values: ClientFormValues) => Promise<void>;
  onCancel: () => void;
  saving: boolean;
}) {
  const form = useFormState(initial);
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(validateClient)) return;
    try {
      await onSubmit(values);
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        <FormError message={form.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Name" description="How you refer to the client" required {...form.text('name')} />
          <TextInput label="Legal name" description="As it appears on invoices" required {...form.text('legalName')} />
        </SimpleGrid>
        <TextInput label="Address" autoComplete="street-address" required {...form.text('addressLine')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Postal code" autoComplete="postal-code" required {...form.text('postalCode')} />
          <TextInput label="City" autoComplete="address-level2" required {...form.text('city')} />
          <Select
            label="Country"
            required
            searchable
            selectFirstOptionOnChange
            data={countryOptions()}
            filter={rankedFilter}
            value={values.country || null}
            onChange={(v) => form.setField('country', v ?? '')}
            error={form.errors.country}
            nothingFoundMessage="No such country"
            limit={30}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="VAT id" description="Optional" {...form.text('vatId')} />
          <TextInput label="Billing e-mail" type="email" required {...form.text('billingEmail')} />
        </SimpleGrid>
        {currencyEditable && (
          <Select
            label="Currency"
            description="Retainers and invoices for this client use it; it cannot change later"
            required
            searchable
            selectFirstOptionOnChange
            data={currencyOptions()}
            filter={rankedFilter}
            value={values.currency || null}
            onChange={(v) => form.setField('currency', v ?? '')}
            error={form.errors.currency}
            allowDeselect={false}
            limit={30}
            maw={{ sm: 360 }}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
