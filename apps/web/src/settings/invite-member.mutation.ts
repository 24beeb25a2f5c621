// Invites someone: the answer carries the token for the invitation link.
import { graphql } from '@/gql';

export const inviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      client {
        id
        name
      }
      token
      expiresAt
    }
  }
`);
