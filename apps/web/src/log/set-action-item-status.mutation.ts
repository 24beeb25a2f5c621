// Closes (or reopens) an action item: the API appends a STATUS_CHANGE entry referring to it.
import { graphql } from '@/gql';

export const setActionItemStatusMutation = graphql(`
  mutation SetActionItemStatus($id: ID!, $status: ActionStatus!, $note: String) {
    setActionItemStatus(id: $id, status: $status, note: $note) {
      ...LogEntryItem_entry
    }
  }
`);
