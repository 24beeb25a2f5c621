// Recording when an invoice was paid.
import { isIsoDate } from '@allot/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { InvoiceRow_InvoiceFragment } from '@/gql/graphql';
import { formatMoney } from '@/shared/format';
import { useFormState } from '@/shared/form';
import { useNotify } from '@/shared/notify';
import { FormError } from '@/shared/query-state';
import { INVOICE_DEPENDENT_QUERIES } from './issue-invoice.mutation';
import { invoiceName } from './invoice-row';
import { markInvoicePaidMutation } from './mark-invoice-paid.mutation';

export function MarkPaidForm({
  invoice,
  today,
  onDone,
}: {
  invoice: InvoiceRow_InvoiceFragment;
  today: string;
  onDone: () => void;
}) {
  const notify = useNotify();
  const [markPaid, { loading }] = useMutation(markInvoicePaidMutation, { refetchQueries: INVOICE_DEPENDENT_QUERIES });
  const form = useFormState({ paidOn: today });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check((v) => ({ paidOn: isIsoDate(v.paidOn) ? undefined : 'Enter the payment date' }))) return;
    try {
      await markPaid({ variables: { id: invoice.id, paidOn: form.values.paidOn } });
      notify(`${invoiceName(invoice)} marked paid`);
      onDone();
    } catch (error) {
      form.applyError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Mark paid">
      <Stack gap="md">
        <Text size="sm">
          {invoiceName(invoice)} · {invoice.client.name} · {formatMoney(invoice.grossTotal)}
        </Text>
        <FormError message={form.general} />
        <TextInput label="Paid on" type="date" required data-autofocus {...form.text('paidOn')} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Mark paid
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
