// Adds a deliverable for a client (status PLANNED).
import { graphql } from '@/gql';

export const createDeliverableMutation = graphql(`
  mutation CreateDeliverable($input: CreateDeliverableInput!) {
    createDeliverable(input: $input) {
      ...DeliverableCard_deliverable
    }
  }
`);
