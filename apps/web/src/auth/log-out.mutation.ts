// Clears the session cookie (an API extension beyond contract v1).
import { graphql } from '@/gql';

export const logOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
