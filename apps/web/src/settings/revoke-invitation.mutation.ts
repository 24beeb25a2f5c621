// Revokes a pending invitation: its link stops working at once.
import { graphql } from '@/gql';

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);
