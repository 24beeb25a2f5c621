// Changes a retainer's days per month and fee from a month on.
import { graphql } from '@/gql';

export const amendAllocationMutation = graphql(`
  mutation AmendAllocation($input: AmendAllocationInput!) {
    amendAllocation(input: $input) {
      id
      effectiveMonth
      daysPerMonth
      monthlyFee {
        amountMinor
        currency
      }
    }
  }
`);
