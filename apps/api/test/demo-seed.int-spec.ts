// The demo seed: a believable engagement ledger through the API — every client with a
// retainer, Northwind with two, a year of billable and non-billable time ending today, and a
// usage rollup that matches the time entries to the minute.
import { DataSource } from 'typeorm';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../src/seed/demo.seed.js';
import { startTestApp, type TestApp } from './support/app.js';
import { gql } from './support/graphql.js';

const LOG_IN = `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;

describe('demo seed', () => {
  let app: TestApp;
  // How long seeding takes is a speed figure: the bench's business, not a timed test's (it failed
  // here only when the machine was busy).
  beforeAll(async () => {
    app = await startTestApp();
    await seedDemo(app.app, app.app.get(DataSource));
  }, 120_000);
  afterAll(() => app.close());

  async function tokenOf(email: string): Promise<string> {
    return (await gql(app, LOG_IN, { email, password: DEMO_PASSWORD })).logIn.accessToken;
  }

  it('gives every client a retainer and a year of time ending today, with balances from the rollup', async () => {
    const token = await tokenOf(DEMO_LOGINS[0].email);
    const { workspace } = await gql(app, `{ workspace { timezone } }`, {}, token);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: workspace.timezone }).format(new Date());
    const month = today.slice(0, 7);
    const data = await gql(
      app,
      `query ($month: Month!) { clients { name balance(month: $month) { allocatedMinutes usedMinutes }
         retainers { id title role rollover overage amendments { effectiveMonth } adjustments { month } } } }`,
      { month },
      token,
    );
    expect(data.clients).toHaveLength(5);
    for (const client of data.clients) {
      expect(client.retainers.length).toBeGreaterThan(0);
      expect(client.balance.allocatedMinutes).toBeGreaterThan(0);
    }
    const northwind = data.clients.find((c: { name: string }) => c.name === 'Northwind Robotics');
    expect(northwind.retainers.map((r: { role: string }) => r.role).sort()).toEqual(['CAIO', 'CTO']);
    const all = data.clients.flatMap((c: { retainers: unknown[] }) => c.retainers);
    expect(new Set(all.map((r: { rollover: string }) => r.rollover))).toEqual(new Set(['NONE', 'CARRY_FORWARD']));
    expect(new Set(all.map((r: { overage: string }) => r.overage))).toEqual(new Set(['BILL', 'ABSORB']));
    expect(all.some((r: { amendments: unknown[] }) => r.amendments.length > 1)).toBe(true);
    expect(all.some((r: { adjustments: unknown[] }) => r.adjustments.length > 0)).toBe(true);

    const entries = await gql(
      app,
      `query ($first: Int) { timeEntries(filter: {}, first: $first) { nodes { date billable } totalCount } }`,
      { first: 200 },
      token,
    );
    expect(entries.timeEntries.totalCount).toBeGreaterThan(150);
    expect(entries.timeEntries.nodes[0].date <= today).toBe(true);
    expect(entries.timeEntries.nodes.some((n: { billable: boolean }) => !n.billable)).toBe(true);
    const dates = entries.timeEntries.nodes.map((n: { date: string }) => n.date);
    expect(dates[0] >= `${month}-01` || new Date(today).getUTCDate() <= 3).toBe(true);

    const [mismatch] = await app.owner.query(`
      SELECT count(*)::int AS n FROM retainer_month_usage u
        FULL JOIN (SELECT retainer_id, to_char(date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes
                     FROM time_entries WHERE billable GROUP BY 1, 2) e ON e.retainer_id = u.retainer_id AND e.month = u.month
       WHERE coalesce(u.billable_minutes, 0) <> coalesce(e.minutes, 0)`);
    expect(mismatch.n).toBe(0);
  });

  it("shows the Northwind CEO only Northwind's retainers and time", async () => {
    const token = await tokenOf(DEMO_LOGINS[1].email);
    const data = await gql(app, `{ clients { name retainers { title } } timeEntries(filter: {}, first: 1) { totalCount } }`, {}, token);
    expect(data.clients.map((c: { name: string }) => c.name)).toEqual(['Northwind Robotics']);
    expect(data.clients[0].retainers).toHaveLength(2);
    expect(data.timeEntries.totalCount).toBeGreaterThan(50);
  });
});
