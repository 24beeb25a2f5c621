// Invitations not accepted yet: who was invited, in which role, until when.
import { graphql } from '@/gql';

export const pendingInvitationsQuery = graphql(`
  query PendingInvitations {
    invitations {
      id
      email
      role
      client {
        id
        name
      }
      createdAt
      expiresAt
    }
  }
`);
