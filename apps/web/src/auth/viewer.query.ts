// Who is signed in, and in which membership. UNAUTHENTICATED means: show the sign-in page.
import { graphql } from '@/gql';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      ...SessionViewer_viewer
    }
  }
`);
