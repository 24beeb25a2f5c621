// Creates a user and their workspace (the user becomes its leader) and signs them in.
import { graphql } from '@/gql';

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      expiresAt
      viewer {
        ...SessionViewer_viewer
      }
    }
  }
`);
