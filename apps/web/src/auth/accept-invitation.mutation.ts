// Accepts an invitation link: sets the invitee's name and password and signs them in.
import { graphql } from '@/gql';

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      expiresAt
      viewer {
        ...SessionViewer_viewer
      }
    }
  }
`);
