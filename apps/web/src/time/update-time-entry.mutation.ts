// Quick edit of a time entry (refused with CONFLICT in an invoiced, locked month).
import { graphql } from '@/gql';

export const updateTimeEntryMutation = graphql(`
  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {
    updateTimeEntry(input: $input) {
      ...TimeEntryRow_entry
    }
  }
`);
