// Archives a client: it leaves the active lists; its history stays.
import { graphql } from '@/gql';

export const archiveClientMutation = graphql(`
  mutation ArchiveClient($id: ID!) {
    archiveClient(id: $id) {
      id
      archived
    }
  }
`);
