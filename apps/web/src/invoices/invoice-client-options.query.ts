// Client names for the invoice list's client filter (leader and accountant).
import { graphql } from '@/gql';

export const invoiceClientOptionsQuery = graphql(`
  query InvoiceClientOptions {
    clients(includeArchived: true) {
      id
      name
    }
  }
`);
