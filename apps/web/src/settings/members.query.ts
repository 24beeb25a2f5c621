// Who has access to the workspace, in which role (and for client viewers, which client).
import { graphql } from '@/gql';

export const membersQuery = graphql(`
  query Members {
    members {
      user {
        id
        name
        email
      }
      role
      client {
        id
        name
      }
    }
  }
`);
