// Invoices and credit notes, filtered by client, period and status, page by page.
import { graphql } from '@/gql';

export const invoicesQuery = graphql(`
  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      nodes {
        ...InvoiceRow_invoice
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
