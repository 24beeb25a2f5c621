// The workspace's e-mail, newest first, a page at a time.
import { graphql } from '@/gql';

export const outboxQuery = graphql(`
  query Outbox($first: Int, $after: String) {
    outbox(first: $first, after: $after) {
      nodes {
        id
        kind
        recipient
        subject
        html
        text
        status
        attempts
        lastError
        createdAt
        sentAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
