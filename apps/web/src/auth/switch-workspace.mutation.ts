// Moves the session to another of the user's memberships; the API re-issues the cookie.
import { graphql } from '@/gql';

export const switchWorkspaceMutation = graphql(`
  mutation SwitchWorkspace($workspaceId: ID!) {
    switchWorkspace(workspaceId: $workspaceId) {
      expiresAt
      viewer {
        ...SessionViewer_viewer
      }
    }
  }
`);
