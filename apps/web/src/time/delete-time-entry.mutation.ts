// Deletes a time entry (refused with CONFLICT in an invoiced, locked month).
import { graphql } from '@/gql';

export const deleteTimeEntryMutation = graphql(`
  mutation DeleteTimeEntry($id: ID!) {
    deleteTimeEntry(id: $id)
  }
`);
