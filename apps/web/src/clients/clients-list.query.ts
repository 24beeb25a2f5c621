// The workspace's clients, for the clients list.
import { graphql } from '@/gql';

export const clientsListQuery = graphql(`
  query ClientsList($includeArchived: Boolean) {
    clients(includeArchived: $includeArchived) {
      ...ClientRow_client
    }
  }
`);
