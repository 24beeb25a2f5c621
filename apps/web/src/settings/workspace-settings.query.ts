// The workspace's details, for the settings form.
import { graphql } from '@/gql';

export const workspaceSettingsQuery = graphql(`
  query WorkspaceSettings {
    workspace {
      ...WorkspaceForm_workspace
    }
  }
`);
