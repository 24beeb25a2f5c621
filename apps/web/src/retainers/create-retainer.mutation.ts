// Starts a retainer for a client; its first amendment is the initial allocation and fee.
import { graphql } from '@/gql';

export const createRetainerMutation = graphql(`
  mutation CreateRetainer($input: CreateRetainerInput!) {
    createRetainer(input: $input) {
      ...RetainerCard_retainer
    }
  }
`);
