// Signs in; the API answers with the session and sets the httpOnly session cookie. The web app
// never reads or stores the access token, so it does not ask for it.
import { graphql } from '@/gql';

export const logInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      expiresAt
      viewer {
        ...SessionViewer_viewer
      }
    }
  }
`);
