// A client with this month's balance and each retainer's terms and monthly balances over the
// last twelve months (for the history chart).
import { graphql } from '@/gql';

export const clientDetailQuery = graphql(`
  query ClientDetail($id: ID!, $month: Month!, $from: Month!) {
    client(id: $id) {
      id
      name
      legalName
      addressLine
      city
      postalCode
      country
      vatId
      billingEmail
      currency
      archived
      balance(month: $month) {
        ...BalanceSummary_balance
      }
      retainers {
        ...RetainerCard_retainer
        balances(from: $from, to: $month) {
          ...BalanceSummary_balance
        }
      }
    }
  }
`);
