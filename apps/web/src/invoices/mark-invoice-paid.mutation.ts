// Records the date an issued invoice was paid.
import { graphql } from '@/gql';

export const markInvoicePaidMutation = graphql(`
  mutation MarkInvoicePaid($id: ID!, $paidOn: Date!) {
    markInvoicePaid(id: $id, paidOn: $paidOn) {
      ...InvoiceRow_invoice
    }
  }
`);
