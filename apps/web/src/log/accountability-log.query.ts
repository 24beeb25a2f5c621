// A client's accountability log, optionally only some kinds of entries, page by page.
import { graphql } from '@/gql';

export const accountabilityLogQuery = graphql(`
  query AccountabilityLog($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {
    accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {
      nodes {
        ...LogEntryItem_entry
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
