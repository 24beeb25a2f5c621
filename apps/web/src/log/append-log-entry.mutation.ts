// Appends an entry to a client's log (the leader: any kind but STATUS_CHANGE and SYSTEM; the
// client viewer: COMMENT only).
import { graphql } from '@/gql';

export const appendLogEntryMutation = graphql(`
  mutation AppendLogEntry($input: AppendLogEntryInput!) {
    appendLogEntry(input: $input) {
      ...LogEntryItem_entry
    }
  }
`);

export const LOG_DEPENDENT_QUERIES = ['AccountabilityLog', 'VerifyAccountabilityLog', 'Dashboard'];
