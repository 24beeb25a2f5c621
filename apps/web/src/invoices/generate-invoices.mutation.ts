// Makes or refreshes the month's DRAFT invoices, one per client with an active retainer.
import { graphql } from '@/gql';

export const generateInvoicesMutation = graphql(`
  mutation GenerateInvoices($month: Month!) {
    generateInvoices(month: $month) {
      ...InvoiceRow_invoice
    }
  }
`);
