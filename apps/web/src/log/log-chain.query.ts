// Every entry of a client's log with the fields its hash covers, for verifying the chain in the
// browser without trusting the server's own verification.
import { graphql } from '@/gql';

export const logChainQuery = graphql(`
  query LogChain($clientId: ID!, $first: Int, $after: String) {
    accountabilityLog(clientId: $clientId, first: $first, after: $after) {
      nodes {
        id
        seq
        kind
        title
        body
        owner
        dueDate
        occurredAt
        prevHash
        hash
        author {
          id
        }
        refersTo {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
