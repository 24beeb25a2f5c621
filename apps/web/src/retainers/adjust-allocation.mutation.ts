// Adds (or removes) days in a single month of a retainer.
import { graphql } from '@/gql';

export const adjustAllocationMutation = graphql(`
  mutation AdjustAllocation($input: AdjustAllocationInput!) {
    adjustAllocation(input: $input) {
      id
      month
      days
      reason
    }
  }
`);
