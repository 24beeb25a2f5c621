// Puts a meeting with a client in the calendar.
import { graphql } from '@/gql';

export const scheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!, $withPrivateNotes: Boolean = true) {
    scheduleMeeting(input: $input) {
      ...MeetingCard_meeting
    }
  }
`);
