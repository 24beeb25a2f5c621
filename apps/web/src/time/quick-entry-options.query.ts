// The clients and retainers time can be logged against, for the quick-entry form.
import { graphql } from '@/gql';

export const quickEntryOptionsQuery = graphql(`
  query QuickEntryOptions {
    clients {
      id
      name
      archived
      retainers {
        id
        title
        role
        startMonth
        endMonth
      }
    }
  }
`);
