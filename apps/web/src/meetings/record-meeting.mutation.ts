// Records a meeting as held: notes, time, decisions and action items (which become log entries).
import { graphql } from '@/gql';

export const recordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!, $withPrivateNotes: Boolean = true) {
    recordMeeting(input: $input) {
      ...MeetingCard_meeting
    }
  }
`);

/** Queries that change when a meeting is recorded: its time, its log entries, the dashboard. */
export const MEETING_DEPENDENT_QUERIES = [
  'ClientMeetings',
  'AccountabilityLog',
  'VerifyAccountabilityLog',
  'Dashboard',
  'ClientDetail',
  'ClientTimeEntries',
];
