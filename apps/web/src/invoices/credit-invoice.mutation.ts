// Reverses an issued invoice with a credit note (its own number from the same sequence).
import { graphql } from '@/gql';

export const creditInvoiceMutation = graphql(`
  mutation CreditInvoice($id: ID!, $reason: String!) {
    creditInvoice(id: $id, reason: $reason) {
      ...InvoiceRow_invoice
    }
  }
`);
