import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';

const DASHBOARD = `query ($month: Month!) {
  dashboard(month: $month) {
    month
    capacity { capacityMinutes allocatedMinutes usedMinutes projectedUsedMinutes }
    clients {
      client { id name }
      balance { month allocatedMinutes usedMinutes overageMinutes availableMinutes status }
      hasActiveRetainer openActionItems overdueDeliverables
      lastMeeting { id title } nextMeeting { id title }
    }
    alerts { kind severity message client { id } }
  }
}`;

async function retainer(app: TestApp, leader: Actor, clientId: string, daysPerMonth = 2): Promise<string> {
  const input = {
    clientId,
    title: 'Fractional CTO',
    role: 'CTO',
    startMonth: '2026-01',
    daysPerMonth,
    monthlyFeeMinor: 200000,
    overageDayRateMinor: 100000,
    rollover: 'NONE',
    overage: 'BILL',
    vatRatePercent: 21,
    reverseCharge: false,
    paymentTermsDays: 14,
  };
  return (await gql(app, `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`, { input }, leader.token)).createRetainer.id;
}

async function logTime(app: TestApp, leader: Actor, retainerId: string, date: string, minutes: number): Promise<void> {
  await gql(
    app,
    `mutation ($input: LogTimeInput!) { logTime(input: $input) { id } }`,
    { input: { retainerId, date, minutes, category: 'ADVISORY', description: 'Architecture review' } },
    leader.token,
  );
}

/** Counts the SQL statements the API sends while fn runs. */
async function countStatements(app: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const dataSource = app.app.get(DataSource);
  const original = dataSource.logger;
  let count = 0;
  const counting = Object.create(original);
  counting.logQuery = () => {
    count += 1;
  };
  (dataSource as unknown as { logger: unknown }).logger = counting;
  try {
    await fn();
  } finally {
    (dataSource as unknown as { logger: unknown }).logger = original;
  }
  return count;
}

describe('dashboard', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('says which clients no retainer covers in the month, rather than letting their zero balance pass as a status', async () => {
    const leader = await signUpLeader(app);
    const retained = await createClient(app, leader, { name: 'Retained Ltd' });
    await createClient(app, leader, { name: 'Prospect BV' });
    await retainer(app, leader, retained.id);
    const covered = async (month: string) =>
      Object.fromEntries(
        (await gql(app, DASHBOARD, { month }, leader.token)).dashboard.clients.map((c: { client: { name: string }; hasActiveRetainer: boolean }) => [
          c.client.name,
          c.hasActiveRetainer,
        ]),
      );
    expect(await covered('2026-02')).toEqual({ 'Retained Ltd': true, 'Prospect BV': false });
    // Before the retainer's first month.
    expect(await covered('2025-12')).toEqual({ 'Retained Ltd': false, 'Prospect BV': false });
  });

  it("sums each client's month, the leader's capacity and the alerts", async () => {
    const leader = await signUpLeader(app);
    await gql(app, `mutation { updateWorkspace(input: { capacityDaysPerMonth: 3 }) { id } }`, {}, leader.token);
    const over = await createClient(app, leader, { name: 'Over Ltd' });
    const calm = await createClient(app, leader, { name: 'Calm GmbH' });
    const overRetainer = await retainer(app, leader, over.id, 1);
    await retainer(app, leader, calm.id, 2);
    await logTime(app, leader, overRetainer, '2026-02-03', 600);

    const data = (await gql(app, DASHBOARD, { month: '2026-02' }, leader.token)).dashboard;
    expect(data.month).toBe('2026-02');
    expect(data.capacity).toEqual({ capacityMinutes: 1440, allocatedMinutes: 1440, usedMinutes: 600, projectedUsedMinutes: 600 });
    const byName = Object.fromEntries(data.clients.map((c: { client: { name: string } }) => [c.client.name, c]));
    expect(byName['Over Ltd'].balance).toMatchObject({ allocatedMinutes: 480, usedMinutes: 600, overageMinutes: 120, status: 'OVER' });
    expect(byName['Calm GmbH'].balance).toMatchObject({ allocatedMinutes: 960, usedMinutes: 0, status: 'UNDER_USED' });
    const overage = data.alerts.find((alert: { kind: string }) => alert.kind === 'OVERAGE');
    expect(overage).toMatchObject({ client: { id: over.id } });
    expect(overage.message).toContain('Over Ltd');
  });

  it('shows a client viewer only their client, without capacity, and refuses accountants', async () => {
    const leader = await signUpLeader(app);
    const mine = await createClient(app, leader, { name: 'Mine' });
    const other = await createClient(app, leader, { name: 'Other secret client' });
    await retainer(app, leader, mine.id);
    await retainer(app, leader, other.id);
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', mine.id);
    // Capacity is the leader's business: asking for it is refused, and the rest still answers.
    const result = await gqlRaw(app, DASHBOARD, { month: '2026-03' }, viewer.token);
    expect(result.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'dashboard.capacity']]);
    const data = result.data.dashboard;
    expect(data.capacity).toBeNull();
    expect(data.clients.map((c: { client: { name: string } }) => c.client.name)).toEqual(['Mine']);
    expect(JSON.stringify(data)).not.toContain('Other secret client');
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    expect((await gqlError(app, DASHBOARD, { month: '2026-03' }, accountant.token)).extensions?.code).toBe('FORBIDDEN');
    expect((await gqlError(app, DASHBOARD, { month: '2026-13' }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  it('costs the same number of SQL statements for 3 clients as for 30', async () => {
    async function workspaceWith(clients: number): Promise<Actor> {
      const leader = await signUpLeader(app);
      for (let index = 0; index < clients; index++) {
        const client = await createClient(app, leader, { name: `Client ${index}` });
        const retainerId = await retainer(app, leader, client.id);
        await logTime(app, leader, retainerId, '2026-02-10', 60 + index);
        await gql(
          app,
          `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
          {
            input: {
              clientId: client.id,
              kind: 'LEADERSHIP',
              title: 'Sync',
              startsAt: '2030-01-01T09:00:00Z',
              endsAt: '2030-01-01T10:00:00Z',
              attendees: [],
              agenda: '',
            },
          },
          leader.token,
        );
      }
      return leader;
    }
    const small = await workspaceWith(3);
    const large = await workspaceWith(30);
    const smallCount = await countStatements(app, () => gql(app, DASHBOARD, { month: '2026-02' }, small.token));
    const largeCount = await countStatements(app, () => gql(app, DASHBOARD, { month: '2026-02' }, large.token));
    expect(smallCount).toBeGreaterThan(3);
    expect(largeCount).toBe(smallCount);
    const largeData = (await gql(app, DASHBOARD, { month: '2026-02' }, large.token)).dashboard;
    expect(largeData.clients).toHaveLength(30);
    expect(largeData.clients.every((c: { nextMeeting: unknown }) => c.nextMeeting !== null)).toBe(true);
  });
});
