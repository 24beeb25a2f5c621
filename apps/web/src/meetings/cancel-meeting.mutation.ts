// Marks a scheduled meeting as cancelled.
import { graphql } from '@/gql';

export const cancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      id
      status
    }
  }
`);
