// Moves a deliverable along PLANNED → IN_PROGRESS → DELIVERED → ACCEPTED (or CANCELLED); the
// client viewer accepts, or requests changes with a comment (back to IN_PROGRESS).
import { graphql } from '@/gql';

export const setDeliverableStatusMutation = graphql(`
  mutation SetDeliverableStatus($id: ID!, $status: DeliverableStatus!, $comment: String) {
    setDeliverableStatus(id: $id, status: $status, comment: $comment) {
      ...DeliverableCard_deliverable
    }
  }
`);

export const DELIVERABLE_DEPENDENT_QUERIES = ['Dashboard', 'AccountabilityLog', 'VerifyAccountabilityLog'];
