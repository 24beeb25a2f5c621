// A client's time entries in a date range, newest pages appended by "Load more".
import { graphql } from '@/gql';

export const clientTimeEntriesQuery = graphql(`
  query ClientTimeEntries($filter: TimeEntryFilter!, $first: Int, $after: String) {
    timeEntries(filter: $filter, first: $first, after: $after) {
      nodes {
        ...TimeEntryRow_entry
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
