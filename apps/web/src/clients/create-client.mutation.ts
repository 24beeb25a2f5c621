// Adds a client to the workspace.
import { graphql } from '@/gql';

export const createClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      ...ClientRow_client
      addressLine
      city
      postalCode
      vatId
      billingEmail
    }
  }
`);
