// Issues a draft: assigns its number, dates it, freezes it and locks its month.
import { graphql } from '@/gql';

export const issueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!) {
    issueInvoice(id: $id) {
      ...InvoiceRow_invoice
    }
  }
`);

/** Queries that change when an invoice is issued, paid or credited. */
export const INVOICE_DEPENDENT_QUERIES = [
  'Invoices',
  'InvoiceDetail',
  'Dashboard',
  'ClientDetail',
  'AccountabilityLog',
];
