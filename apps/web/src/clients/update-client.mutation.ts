// Edits a client's details (not its currency).
import { graphql } from '@/gql';

export const updateClientMutation = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      ...ClientRow_client
      addressLine
      city
      postalCode
      vatId
      billingEmail
    }
  }
`);
