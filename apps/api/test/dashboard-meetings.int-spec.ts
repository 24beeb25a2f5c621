// The dashboard's last and next meeting per client: the latest HELD meeting that has started and
// the soonest SCHEDULED one still to come, skipping cancelled ones, for each client separately.
import { startTestApp, type TestApp } from './support/app.js';
import { createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql } from './support/graphql.js';

const DASHBOARD = `query ($month: Month!) {
  dashboard(month: $month) { clients { client { id } lastMeeting { id title } nextMeeting { id title } } }
}`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id status } }`;
const CANCEL = `mutation ($id: ID!) { cancelMeeting(id: $id) { id status } }`;

const DAY = 86_400_000;

describe('dashboard meetings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function retainer(leader: Actor, clientId: string, startMonth: string): Promise<void> {
    const input = {
      clientId,
      title: 'Fractional CTO',
      role: 'CTO',
      startMonth,
      daysPerMonth: 4,
      monthlyFeeMinor: 400000,
      overageDayRateMinor: 150000,
      rollover: 'NONE',
      overage: 'BILL',
      vatRatePercent: 21,
      reverseCharge: false,
      paymentTermsDays: 14,
    };
    await gql(app, `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`, { input }, leader.token);
  }

  async function meeting(leader: Actor, clientId: string, title: string, daysFromNow: number, outcome: 'HELD' | 'CANCELLED' | 'SCHEDULED'): Promise<string> {
    const start = Math.floor((Date.now() + daysFromNow * DAY) / 60_000) * 60_000;
    const input = {
      clientId,
      kind: 'LEADERSHIP',
      title,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
      attendees: [],
      agenda: '',
    };
    const id = (await gql(app, SCHEDULE, { input }, leader.token)).scheduleMeeting.id;
    if (outcome === 'HELD') await gql(app, RECORD, { input: { meetingId: id, sharedNotes: '', decisions: [], actionItems: [] } }, leader.token);
    if (outcome === 'CANCELLED') await gql(app, CANCEL, { id }, leader.token);
    return id;
  }

  it('picks the latest held and the next scheduled meeting of each client', async () => {
    const leader = await signUpLeader(app);
    const startMonth = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 7);
    const busy = await createClient(app, leader, { name: 'Busy' });
    const quiet = await createClient(app, leader, { name: 'Quiet' });
    await retainer(leader, busy.id, startMonth);
    await retainer(leader, quiet.id, startMonth);

    await meeting(leader, busy.id, 'Oldest held', -20, 'HELD');
    const lastHeld = await meeting(leader, busy.id, 'Latest held', -10, 'HELD');
    await meeting(leader, busy.id, 'Cancelled after it', -5, 'CANCELLED');
    await meeting(leader, busy.id, 'Cancelled, soonest', 2, 'CANCELLED');
    const next = await meeting(leader, busy.id, 'Next', 3, 'SCHEDULED');
    await meeting(leader, busy.id, 'Later', 9, 'SCHEDULED');
    // Another client's meetings never show under this one, even when closer in time.
    await meeting(leader, quiet.id, 'Quiet held', -1, 'HELD');
    const quietNext = await meeting(leader, quiet.id, 'Quiet next', 1, 'SCHEDULED');
    // Another workspace's meetings never show at all.
    const stranger = await signUpLeader(app);
    const strangersClient = await createClient(app, stranger, { name: 'Elsewhere' });
    await retainer(stranger, strangersClient.id, startMonth);
    await meeting(stranger, strangersClient.id, 'Elsewhere held', -2, 'HELD');

    const month = new Date().toISOString().slice(0, 7);
    const { clients } = (await gql(app, DASHBOARD, { month }, leader.token)).dashboard;
    const byId = Object.fromEntries(clients.map((c: { client: { id: string } }) => [c.client.id, c]));
    expect(byId[busy.id]).toMatchObject({ lastMeeting: { id: lastHeld, title: 'Latest held' }, nextMeeting: { id: next, title: 'Next' } });
    expect(byId[quiet.id]).toMatchObject({ lastMeeting: { title: 'Quiet held' }, nextMeeting: { id: quietNext } });
  });

  it('shows no meetings for a client that has none', async () => {
    const leader = await signUpLeader(app);
    const none = await createClient(app, leader, { name: 'None yet' });
    await retainer(leader, none.id, new Date().toISOString().slice(0, 7));
    const { clients } = (await gql(app, DASHBOARD, { month: new Date().toISOString().slice(0, 7) }, leader.token)).dashboard;
    expect(clients).toEqual([{ client: { id: none.id }, lastMeeting: null, nextMeeting: null }]);
  });
});
