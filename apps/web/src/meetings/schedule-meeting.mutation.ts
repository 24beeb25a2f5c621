// Puts a meeting with a client in the calendar.
import { graphql } from '@/gql';

export const scheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingCard_meeting
    }
  }
`);
