import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status title client { id } } }`;
const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) {
    id status sharedNotes privateNotes
    timeEntry { id date minutes category billable description meeting { id } retainer { id } }
  }
}`;
const CANCEL = `mutation ($id: ID!) { cancelMeeting(id: $id) { id status } }`;
const MEETINGS = `query ($filter: MeetingFilter!, $first: Int, $after: String, $leader: Boolean = true) {
  meetings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title status startsAt sharedNotes privateNotes @include(if: $leader) attendees agenda kind client { name } }
  }
}`;
/** As a client viewer: private notes are the leader's only, and asking for them is refused. */
const asViewer = (variables: Record<string, unknown>) => ({ ...variables, leader: false });
const LOG = `query ($clientId: ID!) { accountabilityLog(clientId: $clientId, first: 50) { nodes { seq kind title owner dueDate actionStatus } } }`;

async function createRetainer(app: TestApp, leader: Actor, clientId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const input = {
    clientId,
    title: 'Fractional CTO',
    role: 'CTO',
    startMonth: '2025-01',
    daysPerMonth: 4,
    monthlyFeeMinor: 400000,
    overageDayRateMinor: 150000,
    rollover: 'NONE',
    overage: 'BILL',
    vatRatePercent: 21,
    reverseCharge: false,
    paymentTermsDays: 14,
    ...overrides,
  };
  const data = await gql(app, `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`, { input }, leader.token);
  return data.createRetainer.id;
}

function scheduleInput(clientId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId,
    kind: 'LEADERSHIP',
    title: 'Weekly leadership sync',
    startsAt: '2026-03-10T09:00:00+01:00',
    endsAt: '2026-03-10T10:30:00+01:00',
    attendees: ['Dana (CEO)', ' Lee '],
    agenda: 'Hiring plan; platform roadmap',
    ...overrides,
  };
}

describe('meetings', () => {
  let app: TestApp;
  let leader: Actor;
  let client: { id: string; name: string };
  let retainerId: string;
  let viewer: Actor;

  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app, { timezone: 'Europe/Prague' });
    client = await createClient(app, leader, { name: 'Northwind' });
    retainerId = await createRetainer(app, leader, client.id);
    viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
  });
  afterAll(() => app.close());

  it('schedules, records as held with time, decisions and action items in one go', async () => {
    const meeting = (await gql(app, SCHEDULE, { input: scheduleInput(client.id) }, leader.token)).scheduleMeeting;
    expect(meeting).toMatchObject({ status: 'SCHEDULED', client: { id: client.id } });

    const recorded = (
      await gql(
        app,
        RECORD,
        {
          input: {
            meetingId: meeting.id,
            sharedNotes: 'Agreed on the hiring plan.',
            privateNotes: 'CFO seemed sceptical.',
            decisions: ['Hire two senior engineers', 'Move to Postgres 17'],
            actionItems: [
              { title: 'Draft the job ads', owner: 'Dana', dueDate: '2026-03-20' },
              { title: 'Upgrade plan', owner: 'Lee' },
            ],
          },
        },
        leader.token,
      )
    ).recordMeeting;
    expect(recorded).toMatchObject({ status: 'HELD', sharedNotes: 'Agreed on the hiring plan.', privateNotes: 'CFO seemed sceptical.' });
    expect(recorded.timeEntry).toMatchObject({
      date: '2026-03-10',
      minutes: 90,
      category: 'MEETING',
      billable: true,
      description: 'Weekly leadership sync',
      meeting: { id: meeting.id },
      retainer: { id: retainerId },
    });

    const log = (await gql(app, LOG, { clientId: client.id }, leader.token)).accountabilityLog.nodes;
    const kinds = log.map((entry: { kind: string; title: string }) => `${entry.kind}:${entry.title}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'DECISION:Hire two senior engineers',
        'DECISION:Move to Postgres 17',
        'ACTION_ITEM:Draft the job ads',
        'ACTION_ITEM:Upgrade plan',
        'SYSTEM:Meeting held: Weekly leadership sync',
      ]),
    );
    const item = log.find((entry: { title: string }) => entry.title === 'Draft the job ads');
    expect(item).toMatchObject({ owner: 'Dana', dueDate: '2026-03-20', actionStatus: 'OPEN' });
    expect(
      (await gql(app, `query ($id: ID!) { verifyAccountabilityLog(clientId: $id) { ok } }`, { id: client.id }, leader.token)).verifyAccountabilityLog.ok,
    ).toBe(true);

    const balance = await gql(app, `query ($id: ID!) { client(id: $id) { balance(month: "2026-03") { usedMinutes } } }`, { id: client.id }, leader.token);
    expect(balance.client.balance.usedMinutes).toBe(90);

    expect(
      (await gqlError(app, RECORD, { input: { meetingId: meeting.id, sharedNotes: '', decisions: [], actionItems: [] } }, leader.token)).extensions?.code,
    ).toBe('CONFLICT');
    expect((await gqlError(app, CANCEL, { id: meeting.id }, leader.token)).extensions?.code).toBe('CONFLICT');
  });

  it('shows shared notes but never private notes to the client viewer', async () => {
    const meeting = (await gql(app, SCHEDULE, { input: scheduleInput(client.id, { title: 'Board prep' }) }, leader.token)).scheduleMeeting;
    await gql(
      app,
      RECORD,
      { input: { meetingId: meeting.id, sharedNotes: 'Deck ready', privateNotes: 'Secret', minutes: 30, decisions: [], actionItems: [] } },
      leader.token,
    );
    const seen = (await gql(app, MEETINGS, asViewer({ filter: { clientId: client.id, status: ['HELD'] } }), viewer.token)).meetings.nodes;
    const board = seen.find((m: { id: string }) => m.id === meeting.id);
    expect(board).toMatchObject({ sharedNotes: 'Deck ready', client: { name: 'Northwind' } });
    const asked = await gqlRaw(app, MEETINGS, { filter: { clientId: client.id, status: ['HELD'] } }, viewer.token);
    expect(new Set(asked.errors?.map((e) => `${e.extensions?.code} ${e.path?.at(-1)}`))).toEqual(new Set(['FORBIDDEN privateNotes']));
    expect(asked.data.meetings.nodes.find((m: { id: string }) => m.id === meeting.id)).toMatchObject({ sharedNotes: 'Deck ready', privateNotes: null });
    expect(JSON.stringify(asked)).not.toContain('Secret');
    const leaderView = (await gql(app, MEETINGS, { filter: { clientId: client.id, status: ['HELD'] } }, leader.token)).meetings.nodes;
    expect(leaderView.find((m: { id: string }) => m.id === meeting.id).privateNotes).toBe('Secret');
  });

  it('cancels a scheduled meeting and pages through the list in time order', async () => {
    const other = await createClient(app, leader);
    const ids: string[] = [];
    for (let day = 1; day <= 3; day++) {
      const input = scheduleInput(other.id, { startsAt: `2026-05-0${day}T09:00:00Z`, endsAt: `2026-05-0${day}T10:00:00Z`, title: `Sync ${day}` });
      ids.push((await gql(app, SCHEDULE, { input }, leader.token)).scheduleMeeting.id);
    }
    expect((await gql(app, CANCEL, { id: ids[1] }, leader.token)).cancelMeeting.status).toBe('CANCELLED');
    const first = (await gql(app, MEETINGS, { filter: { clientId: other.id }, first: 2 }, leader.token)).meetings;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((m: { title: string }) => m.title)).toEqual(['Sync 1', 'Sync 2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(app, MEETINGS, { filter: { clientId: other.id }, first: 2, after: first.pageInfo.endCursor }, leader.token)).meetings;
    expect(second.nodes.map((m: { title: string }) => m.title)).toEqual(['Sync 3']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const scheduled = (await gql(app, MEETINGS, { filter: { clientId: other.id, status: ['SCHEDULED'], from: '2026-05-02T00:00:00Z' } }, leader.token))
      .meetings;
    expect(scheduled.nodes.map((m: { title: string }) => m.title)).toEqual(['Sync 3']);
  });

  it('dates the time in the workspace time zone', async () => {
    const meeting = (
      await gql(app, SCHEDULE, { input: scheduleInput(client.id, { startsAt: '2025-10-31T23:30:00Z', endsAt: '2025-11-01T00:15:00Z' }) }, leader.token)
    ).scheduleMeeting;
    const recorded = (await gql(app, RECORD, { input: { meetingId: meeting.id, sharedNotes: '', decisions: [], actionItems: [] } }, leader.token))
      .recordMeeting;
    expect(recorded.timeEntry).toMatchObject({ date: '2025-11-01', minutes: 45 });
  });

  it('needs a retainer choice when several are active, and writes nothing on refusal', async () => {
    const twoRetainers = await createClient(app, leader);
    await createRetainer(app, leader, twoRetainers.id, { title: 'CTO' });
    const caio = await createRetainer(app, leader, twoRetainers.id, { title: 'CAIO', role: 'CAIO' });
    const meeting = (await gql(app, SCHEDULE, { input: scheduleInput(twoRetainers.id) }, leader.token)).scheduleMeeting;
    const input = { meetingId: meeting.id, sharedNotes: 'x', decisions: ['Something'], actionItems: [] };
    const refused = await gqlError(app, RECORD, { input }, leader.token);
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'retainerId' });
    const log = (await gql(app, LOG, { clientId: twoRetainers.id }, leader.token)).accountabilityLog.nodes;
    expect(log.filter((e: { kind: string }) => e.kind === 'DECISION')).toEqual([]);
    const still = (await gql(app, MEETINGS, { filter: { clientId: twoRetainers.id } }, leader.token)).meetings.nodes[0];
    expect(still.status).toBe('SCHEDULED');

    const recorded = (await gql(app, RECORD, { input: { ...input, retainerId: caio } }, leader.token)).recordMeeting;
    expect(recorded.timeEntry.retainer.id).toBe(caio);

    const noRetainer = await createClient(app, leader);
    const lonely = (await gql(app, SCHEDULE, { input: scheduleInput(noRetainer.id) }, leader.token)).scheduleMeeting;
    const none = await gqlError(app, RECORD, { input: { meetingId: lonely.id, sharedNotes: '', decisions: [], actionItems: [] } }, leader.token);
    expect(none.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'retainerId' });
  });

  it('validates input, naming the field', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['endsAt', { endsAt: '2026-03-10T08:00:00+01:00' }],
      ['endsAt', { endsAt: '2026-03-12T08:00:00+01:00' }],
      ['title', { title: '' }],
      ['attendees', { attendees: Array(51).fill('x') }],
    ];
    for (const [field, override] of cases) {
      const error = await gqlError(app, SCHEDULE, { input: scheduleInput(client.id, override) }, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const meeting = (await gql(app, SCHEDULE, { input: scheduleInput(client.id) }, leader.token)).scheduleMeeting;
    const badItem = await gqlError(
      app,
      RECORD,
      { input: { meetingId: meeting.id, sharedNotes: '', decisions: [], actionItems: [{ title: '', owner: 'x' }] } },
      leader.token,
    );
    expect(badItem.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'actionItems.0.title' });
    const badMinutes = await gqlError(
      app,
      RECORD,
      { input: { meetingId: meeting.id, sharedNotes: '', minutes: 0, decisions: [], actionItems: [] } },
      leader.token,
    );
    expect(badMinutes.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'minutes' });
  });

  it('keeps roles and scopes: viewers read their client only, accountants nothing, outsiders NOT_FOUND', async () => {
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    const sibling = await createClient(app, leader);
    const siblingMeeting = (await gql(app, SCHEDULE, { input: scheduleInput(sibling.id) }, leader.token)).scheduleMeeting;
    const stranger = await signUpLeader(app);

    expect((await gqlError(app, SCHEDULE, { input: scheduleInput(client.id) }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await gqlError(app, CANCEL, { id: siblingMeeting.id }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await gqlError(app, MEETINGS, { filter: {} }, accountant.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await gqlError(app, MEETINGS, { filter: { clientId: sibling.id } }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    const visible = (await gql(app, MEETINGS, asViewer({ filter: {}, first: 200 }), viewer.token)).meetings.nodes;
    expect(visible.map((m: { id: string }) => m.id)).not.toContain(siblingMeeting.id);

    expect((await gqlError(app, CANCEL, { id: siblingMeeting.id }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await gqlError(app, SCHEDULE, { input: scheduleInput(client.id) }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await gqlError(app, CANCEL, { id: 'nope' }, leader.token)).extensions?.code).toBe('NOT_FOUND');
  });
});
