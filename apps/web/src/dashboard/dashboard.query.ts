// The leader's month at a glance: capacity, one summary per active client, alerts.
import { graphql } from '@/gql';

export const dashboardQuery = graphql(`
  query Dashboard($month: Month!) {
    dashboard(month: $month) {
      month
      capacity {
        capacityMinutes
        allocatedMinutes
        usedMinutes
        projectedUsedMinutes
      }
      clients {
        ...ClientSummaryCard_summary
      }
      alerts {
        kind
        severity
        message
        client {
          id
          name
        }
      }
    }
  }
`);
