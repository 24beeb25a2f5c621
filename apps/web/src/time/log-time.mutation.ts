// Logs minutes of work on a date against a retainer.
import { graphql } from '@/gql';

export const logTimeMutation = graphql(`
  mutation LogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      ...TimeEntryRow_entry
      retainer {
        id
        client {
          id
          name
        }
      }
    }
  }
`);

/** Queries whose numbers change when time is logged, edited or deleted. */
export const TIME_DEPENDENT_QUERIES = ['Dashboard', 'ClientDetail', 'ClientTimeEntries'];
