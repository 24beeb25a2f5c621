// Edits a deliverable's title, description and due date.
import { graphql } from '@/gql';

export const updateDeliverableMutation = graphql(`
  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) {
      ...DeliverableCard_deliverable
    }
  }
`);
