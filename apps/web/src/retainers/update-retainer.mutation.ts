// Edits a retainer's title, last month, payment terms and VAT.
import { graphql } from '@/gql';

export const updateRetainerMutation = graphql(`
  mutation UpdateRetainer($input: UpdateRetainerInput!) {
    updateRetainer(input: $input) {
      ...RetainerCard_retainer
    }
  }
`);
