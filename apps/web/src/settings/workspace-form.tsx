// The workspace's settings: name and time zone, the length of a day and the capacity to sell,
// the seller details printed on invoices, and the invoice number prefix.
import { isCountryCode, isValidTimeZone } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { graphql } from '@/gql';
import type { WorkspaceForm_WorkspaceFragment } from '@/gql/graphql';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { parseDecimal } from '@/shared/numbers';
import { countryOptions, rankedFilter, timeZoneOptions } from '@/shared/options';
import { FormError } from '@/shared/query-state';
import { updateWorkspaceMutation } from './update-workspace.mutation';

export const workspaceFormFragment = graphql(`
  fragment WorkspaceForm_workspace on Workspace {
    id
    name
    timezone
    currency
    hoursPerDay
    capacityDaysPerMonth
    legalName
    addressLine
    city
    postalCode
    country
    vatId
    invoiceNumberPrefix
  }
`);

export function WorkspaceForm({ workspace }: { workspace: WorkspaceForm_WorkspaceFragment }) {
  const notify = useNotify();
  const [update, { loading }] = useMutation(updateWorkspaceMutation, { refetchQueries: ['Dashboard'] });
  const form = useFormState({
    name: workspace.name,
    timezone: workspace.timezone,
    hoursPerDay: String(workspace.hoursPerDay),
    capacityDaysPerMonth: String(workspace.capacityDaysPerMonth),
    legalName: workspace.legalName,
    addressLine: workspace.addressLine,
    city: workspace.city,
    postalCode: workspace.postalCode,
    country: workspace.country,
    vatId: workspace.vatId ?? '',
    invoiceNumberPrefix: workspace.invoiceNumberPrefix,
  });
  const { values } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const hours = parseDecimal(v.hoursPerDay);
      const capacity = parseDecimal(v.capacityDaysPerMonth);
      return {
        name: v.name.trim() ? undefined : 'Enter the practice name',
        timezone: isValidTimeZone(v.timezone) ? undefined : 'Choose a time zone',
        hoursPerDay: hours !== null && hours > 0 && hours <= 24 ? undefined : 'Between 0 and 24 hours',
        capacityDaysPerMonth:
          capacity !== null && capacity >= 0 && capacity <= 31 ? undefined : 'Between 0 and 31 days',
        country: !v.country || isCountryCode(v.country) ? undefined : 'Choose a country',
        invoiceNumberPrefix: /^[A-Za-z0-9-]{0,12}$/.test(v.invoiceNumberPrefix)
          ? undefined
          : 'Letters, digits and dashes, at most 12',
      };
    });
    if (!ok) return;
    try {
      await update({
        variables: {
          input: {
            name: values.name.trim(),
            timezone: values.timezone,
            hoursPerDay: parseDecimal(values.hoursPerDay),
            capacityDaysPerMonth: parseDecimal(values.capacityDaysPerMonth),
            legalName: values.legalName.trim(),
            addressLine: values.addressLine.trim(),
            city: values.city.trim(),
            postalCode: values.postalCode.trim(),
            country: values.country,
            vatId: values.vatId.trim() || null,
            invoiceNumberPrefix: values.invoiceNumberPrefix.trim(),
          },
        },
      });
      notify('Settings saved');
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="workspace-title">
      <form onSubmit={submit} noValidate aria-label="Workspace settings">
        <Stack gap="md">
          <Title order={2} fz="md" id="workspace-title">
            Workspace
          </Title>
          <FormError message={form.general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Practice name" required {...form.text('name')} />
            <Select
              label="Time zone"
              searchable
              selectFirstOptionOnChange
              data={timeZoneOptions(workspace.timezone)}
              filter={rankedFilter}
              value={values.timezone}
              onChange={(v) => form.setField('timezone', v ?? '')}
              error={form.errors.timezone}
              allowDeselect={false}
              limit={50}
            />
            <TextInput
              label="Hours in a day"
              description="One “day” of a retainer"
              inputMode="decimal"
              {...form.text('hoursPerDay')}
            />
            <TextInput
              label="Capacity (days a month)"
              description="How many days you can sell"
              inputMode="decimal"
              {...form.text('capacityDaysPerMonth')}
            />
          </SimpleGrid>
          <Title order={3} fz="sm" mt="sm">
            Seller details on invoices
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Legal name" {...form.text('legalName')} />
            <TextInput label="VAT id" {...form.text('vatId')} />
          </SimpleGrid>
          <TextInput label="Address" {...form.text('addressLine')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="Postal code" {...form.text('postalCode')} />
            <TextInput label="City" {...form.text('city')} />
            <Select
              label="Country"
              searchable
              selectFirstOptionOnChange
              data={countryOptions()}
              filter={rankedFilter}
              value={values.country || null}
              onChange={(v) => form.setField('country', v ?? '')}
              error={form.errors.country}
              limit={30}
            />
          </SimpleGrid>
          <TextInput
            label="Invoice number prefix"
            description={`Numbers look like ${values.invoiceNumberPrefix || ''}2026-0001`}
            maw={{ sm: 280 }}
            {...form.text('invoiceNumberPrefix')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
