// Saves the workspace's details.
import { graphql } from '@/gql';

export const updateWorkspaceMutation = graphql(`
  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      ...WorkspaceForm_workspace
    }
  }
`);
