// A client's deliverables, for the board.
import { graphql } from '@/gql';

export const clientDeliverablesQuery = graphql(`
  query ClientDeliverables($clientId: ID) {
    deliverables(clientId: $clientId) {
      ...DeliverableCard_deliverable
    }
  }
`);
