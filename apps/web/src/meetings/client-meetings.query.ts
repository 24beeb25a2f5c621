// A client's meetings (scheduled, held and cancelled).
import { graphql } from '@/gql';

export const clientMeetingsQuery = graphql(`
  query ClientMeetings($filter: MeetingFilter!, $first: Int, $after: String, $withPrivateNotes: Boolean!) {
    meetings(filter: $filter, first: $first, after: $after) {
      nodes {
        ...MeetingCard_meeting
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
