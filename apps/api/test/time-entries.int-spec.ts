// Time entries over the API: logging, changing and deleting time with the usage rollup kept
// exact (also under concurrent writes), paging, every role, every validation error, and locked
// (invoiced) months refusing changes, with the lock set through the service layer as invoicing
// will set it.
import { MonthLockService } from '../src/modules/retainers/month-lock.service.js';
import { TimeEntriesService } from '../src/modules/time-entries/time-entries.service.js';
import { startTestApp, type TestApp } from './support/app.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';
import { ENTRY_FIELDS, LOG_TIME, asLeader, balances, createRetainer, logTime } from './support/engagement.js';

const UPDATE = `mutation ($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteTimeEntry(id: $id) }`;
const LIST = `query ($filter: TimeEntryFilter!, $first: Int, $after: String) {
  timeEntries(filter: $filter, first: $first, after: $after) { nodes { ${ENTRY_FIELDS} } pageInfo { hasNextPage endCursor } totalCount } }`;
const AMEND = `mutation ($input: AmendAllocationInput!) { amendAllocation(input: $input) { id } }`;
const ADJUST = `mutation ($input: AdjustAllocationInput!) { adjustAllocation(input: $input) { id } }`;

describe('time entries', () => {
  let app: TestApp;
  let leader: Actor;
  let accountant: Actor;
  let viewer: Actor;
  let otherLeader: Actor;
  let client: { id: string };
  let otherClient: { id: string };
  let retainer: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
    otherLeader = await signUpLeader(app);
    client = await createClient(app, leader);
    otherClient = await createClient(app, leader);
    accountant = await addMember(app, leader, 'ACCOUNTANT');
    viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
    retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01', endMonth: '2026-12' });
  });
  afterAll(() => app.close());

  async function used(retainerId: string, month: string, actor = leader): Promise<number> {
    return (await balances(app, actor, retainerId, month, month))[0].usedMinutes;
  }

  async function entryCount(filter: Record<string, unknown>): Promise<number> {
    return (await gql(app, LIST, { filter, first: 0 }, leader.token)).timeEntries.totalCount;
  }

  /** The rollup must always equal the billable entries it summarises. */
  async function expectRollupMatchesEntries(): Promise<void> {
    const dataSource = app.owner;
    const mismatches = await dataSource.query(`
      SELECT coalesce(u.retainer_id, e.retainer_id) AS retainer_id, coalesce(u.month, e.month) AS month, u.billable_minutes, e.minutes
        FROM retainer_month_usage u
        FULL JOIN (SELECT retainer_id, to_char(date, 'YYYY-MM') AS month, sum(minutes)::int AS minutes FROM time_entries
                    WHERE billable GROUP BY 1, 2) e ON e.retainer_id = u.retainer_id AND e.month = u.month
       WHERE coalesce(u.billable_minutes, 0) <> coalesce(e.minutes, 0)`);
    expect(mismatches).toEqual([]);
  }

  it('logs time, billable by default, and counts billable minutes only in the balance', async () => {
    const r = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    const entry = await logTime(app, leader, r.id, '2026-02-10', 90, { category: 'MEETING', description: '  Leadership sync  ' });
    expect(entry).toEqual({
      id: expect.any(String),
      date: '2026-02-10',
      minutes: 90,
      category: 'MEETING',
      description: 'Leadership sync',
      billable: true,
      locked: false,
      retainer: { id: r.id },
    });
    const travel = await logTime(app, leader, r.id, '2026-02-11', 240, { category: 'TRAVEL', billable: false });
    expect(travel.billable).toBe(false);
    expect(await used(r.id, '2026-02')).toBe(90);
    await expectRollupMatchesEntries();
  });

  it('moves, resizes and re-flags an entry, keeping both months of the rollup exact', async () => {
    const r = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    const entry = await logTime(app, leader, r.id, '2026-03-02', 120);
    const moved = (
      await gql(app, UPDATE, { input: { id: entry.id, date: '2026-04-01', minutes: 200, category: 'DELIVERABLE', description: 'Roadmap draft' } }, leader.token)
    ).updateTimeEntry;
    expect(moved).toMatchObject({ id: entry.id, date: '2026-04-01', minutes: 200, category: 'DELIVERABLE', description: 'Roadmap draft', billable: true });
    expect([await used(r.id, '2026-03'), await used(r.id, '2026-04')]).toEqual([0, 200]);
    await gql(app, UPDATE, { input: { id: entry.id, billable: false } }, leader.token);
    expect(await used(r.id, '2026-04')).toBe(0);
    await gql(app, UPDATE, { input: { id: entry.id, billable: true, minutes: 30 } }, leader.token);
    expect(await used(r.id, '2026-04')).toBe(30);
    await expectRollupMatchesEntries();
  });

  it('deletes an entry and its minutes; a second delete is NOT_FOUND', async () => {
    const r = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    const keep = await logTime(app, leader, r.id, '2026-05-04', 60);
    const drop = await logTime(app, leader, r.id, '2026-05-05', 45);
    expect((await gql(app, DELETE, { id: drop.id }, leader.token)).deleteTimeEntry).toBe(true);
    expect(await used(r.id, '2026-05')).toBe(60);
    expect((await gqlError(app, DELETE, { id: drop.id }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    const remaining = (await gql(app, LIST, { filter: { retainerId: r.id } }, leader.token)).timeEntries;
    expect(remaining.nodes.map((n: { id: string }) => n.id)).toEqual([keep.id]);
    await expectRollupMatchesEntries();
  });

  it('adds up 20 concurrent logTime calls on one retainer to the minute', async () => {
    const r = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    const minutes = Array.from({ length: 20 }, (_, i) => 15 + i * 7);
    const results = await Promise.all(
      minutes.map((m, i) =>
        gqlRaw(
          app,
          LOG_TIME,
          { input: { retainerId: r.id, date: `2026-06-${String((i % 28) + 1).padStart(2, '0')}`, minutes: m, category: 'ASYNC', description: `Entry ${i}` } },
          leader.token,
        ),
      ),
    );
    expect(results.filter((res) => res.errors)).toEqual([]);
    expect(await used(r.id, '2026-06')).toBe(minutes.reduce((a, b) => a + b, 0));
    expect(await entryCount({ retainerId: r.id })).toBe(20);
    await expectRollupMatchesEntries();
  });

  it('keeps the rollup exact under concurrent updates and deletes of entries in two months', async () => {
    const r = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    const entries = [];
    for (let i = 0; i < 10; i++) entries.push(await logTime(app, leader, r.id, i % 2 ? '2026-07-15' : '2026-08-15', 100));
    await Promise.all(
      entries.map((entry, i) =>
        i < 5
          ? gql(app, UPDATE, { input: { id: entry.id, date: i % 2 ? '2026-08-01' : '2026-07-01', minutes: 50 } }, leader.token)
          : gql(app, DELETE, { id: entry.id }, leader.token),
      ),
    );
    expect((await used(r.id, '2026-07')) + (await used(r.id, '2026-08'))).toBe(250);
    await expectRollupMatchesEntries();
  });

  describe('validation names the field and writes nothing', () => {
    it.each([
      ['minutes', { minutes: 0 }],
      ['minutes', { minutes: 1441 }],
      ['minutes', { minutes: -5 }],
      ['description', { description: '' }],
      ['description', { description: '   ' }],
      ['description', { description: 'x'.repeat(2001) }],
      ['date', { date: '2025-12-31' }],
      ['date', { date: '2027-01-01' }],
    ])('logTime refuses a bad %s', async (field, override) => {
      const before = await entryCount({ retainerId: retainer.id });
      const input = { retainerId: retainer.id, date: '2026-03-03', minutes: 60, category: 'ADVISORY', description: 'Call', ...override };
      expect((await gqlError(app, LOG_TIME, { input }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await entryCount({ retainerId: retainer.id })).toBe(before);
    });

    it('refuses malformed dates and unknown categories before any resolver runs', async () => {
      for (const override of [{ date: '2026-02-30' }, { date: '2026-2-3' }, { category: 'NAPPING' }]) {
        const input = { retainerId: retainer.id, date: '2026-03-03', minutes: 60, category: 'ADVISORY', description: 'Call', ...override };
        expect((await gqlError(app, LOG_TIME, { input }, leader.token)).extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses an unknown retainer or deliverable with NOT_FOUND', async () => {
      const base = { date: '2026-03-03', minutes: 60, category: 'ADVISORY', description: 'Call' };
      for (const retainerId of ['nope', '00000000-0000-0000-0000-000000000000']) {
        expect((await gqlError(app, LOG_TIME, { input: { ...base, retainerId } }, leader.token)).extensions?.code).toBe('NOT_FOUND');
      }
      const withDeliverable = { ...base, retainerId: retainer.id, deliverableId: '00000000-0000-0000-0000-000000000000' };
      expect((await gqlError(app, LOG_TIME, { input: withDeliverable }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses bad updates, naming the field, and changes nothing', async () => {
      const entry = await logTime(app, leader, retainer.id, '2026-09-09', 75);
      const cases: Array<[string, Record<string, unknown>]> = [
        ['minutes', { minutes: 0 }],
        ['minutes', { minutes: 2000 }],
        ['minutes', { minutes: null }],
        ['description', { description: ' ' }],
        ['date', { date: '2027-02-01' }],
        ['date', { date: null }],
        ['billable', { billable: null }],
        ['category', { category: null }],
      ];
      for (const [field, override] of cases) {
        expect((await gqlError(app, UPDATE, { input: { id: entry.id, ...override } }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      }
      const [after] = (await gql(app, LIST, { filter: { retainerId: retainer.id, from: '2026-09-09', to: '2026-09-09' } }, leader.token)).timeEntries.nodes;
      expect(after).toEqual(entry);
    });

    it('refuses a bad filter or cursor naming it', async () => {
      expect((await gqlError(app, LIST, { filter: { from: '2026-05-01', to: '2026-04-01' } }, leader.token)).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'filter.to',
      });
      expect((await gqlError(app, LIST, { filter: {}, after: 'garbage' }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      expect((await gqlError(app, LIST, { filter: {}, first: -1 }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('paging', () => {
    it('pages newest first with an opaque cursor and a total count, by client, retainer and dates', async () => {
      const c = await createClient(app, leader);
      const r1 = await createRetainer(app, leader, c.id, { startMonth: '2026-01' });
      const r2 = await createRetainer(app, leader, c.id, { startMonth: '2026-01', title: 'CAIO', role: 'CAIO' });
      const logged = [];
      for (const [i, date] of ['2026-02-01', '2026-02-03', '2026-02-03', '2026-02-05', '2026-03-01', '2026-03-02', '2026-03-02'].entries()) {
        logged.push(await logTime(app, leader, i % 2 ? r2.id : r1.id, date, 10 + i));
      }
      const expectedOrder = logged
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
        .map(({ entry }) => entry.id);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: any = (await gql(app, LIST, { filter: { clientId: c.id }, first: 3, after }, leader.token)).timeEntries;
        expect(page.totalCount).toBe(7);
        seen.push(...page.nodes.map((n: { id: string }) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(expectedOrder);

      const byRetainer = (await gql(app, LIST, { filter: { retainerId: r2.id } }, leader.token)).timeEntries;
      expect(byRetainer.totalCount).toBe(3);
      const february = (await gql(app, LIST, { filter: { clientId: c.id, from: '2026-02-02', to: '2026-02-28' } }, leader.token)).timeEntries;
      expect(february.nodes.map((n: { date: string }) => n.date)).toEqual(['2026-02-05', '2026-02-03', '2026-02-03']);
      const empty = (await gql(app, LIST, { filter: { clientId: c.id }, first: 0 }, leader.token)).timeEntries;
      expect(empty).toEqual({ nodes: [], pageInfo: { hasNextPage: true, endCursor: null }, totalCount: 7 });
    });

    it('caps first at 200', async () => {
      const c = await createClient(app, leader);
      const r = await createRetainer(app, leader, c.id, { startMonth: '2026-01' });
      const service = app.app.get(TimeEntriesService);
      await asLeader(app, leader, async (principal) => {
        for (let i = 0; i < 205; i++) {
          await service.log(principal, {
            retainerId: r.id,
            date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
            minutes: 5,
            category: 'ASYNC',
            description: `Email ${i}`,
          });
        }
      });
      // A variable, since a literal first: 500 is refused earlier by the query cost limit.
      const query = `query ($filter: TimeEntryFilter!, $first: Int) { timeEntries(filter: $filter, first: $first) { nodes { id } pageInfo { hasNextPage } totalCount } }`;
      const page = (await gql(app, query, { filter: { clientId: c.id }, first: 500 }, leader.token)).timeEntries;
      expect(page.nodes).toHaveLength(200);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.totalCount).toBe(205);
      expect(await used(r.id, '2026-10')).toBe(205 * 5);
    });
  });

  describe('roles and scope', () => {
    let viewerEntry: { id: string };
    let nonBillableEntry: { id: string };
    let otherEntry: { id: string };
    beforeAll(async () => {
      viewerEntry = await logTime(app, leader, retainer.id, '2026-11-02', 30);
      nonBillableEntry = await logTime(app, leader, retainer.id, '2026-11-02', 20, { billable: false, description: 'Internal prep' });
      const otherRetainer = await createRetainer(app, leader, otherClient.id, { startMonth: '2026-01' });
      otherEntry = await logTime(app, leader, otherRetainer.id, '2026-11-02', 30);
    });

    it('shows an accountant no time at all, and lets them change nothing', async () => {
      for (const filter of [{}, { clientId: client.id }]) {
        const refused = await gqlRaw(app, LIST, { filter }, accountant.token);
        expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(refused.data).toBeNull();
      }
      const log = { retainerId: retainer.id, date: '2026-11-03', minutes: 10, category: 'OTHER', description: 'x' };
      expect((await gqlError(app, LOG_TIME, { input: log }, accountant.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, UPDATE, { input: { id: viewerEntry.id, minutes: 1 } }, accountant.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, DELETE, { id: viewerEntry.id }, accountant.token)).extensions?.code).toBe('FORBIDDEN');
    });

    it("shows a client viewer only their client's billable time, and no changes", async () => {
      const mine = (await gql(app, LIST, { filter: {} }, viewer.token)).timeEntries;
      const ids = mine.nodes.map((n: { id: string }) => n.id);
      expect(ids).toContain(viewerEntry.id);
      expect(ids).not.toContain(otherEntry.id);
      expect(ids).not.toContain(nonBillableEntry.id);
      expect(mine.nodes.every((n: { billable: boolean }) => n.billable)).toBe(true);
      expect(mine.totalCount).toBe(mine.nodes.length);
      expect((await gqlError(app, LIST, { filter: { clientId: otherClient.id } }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gql(app, LIST, { filter: { clientId: client.id } }, viewer.token)).timeEntries.totalCount).toBe(mine.totalCount);
      const log = { retainerId: retainer.id, date: '2026-11-03', minutes: 10, category: 'OTHER', description: 'x' };
      expect((await gqlError(app, LOG_TIME, { input: log }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, UPDATE, { input: { id: viewerEntry.id, minutes: 1 } }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, DELETE, { id: viewerEntry.id }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for ids of another workspace', async () => {
      const log = { retainerId: retainer.id, date: '2026-11-03', minutes: 10, category: 'OTHER', description: 'x' };
      expect((await gqlError(app, LOG_TIME, { input: log }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, UPDATE, { input: { id: viewerEntry.id, minutes: 1 } }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, DELETE, { id: viewerEntry.id }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, DELETE, { id: 'not-an-id' }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, LIST, { filter: { clientId: client.id } }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, LIST, { filter: { retainerId: retainer.id } }, otherLeader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gql(app, LIST, { filter: {} }, otherLeader.token)).timeEntries.totalCount).toBe(0);
    });
  });

  describe('locked months (rule 9)', () => {
    it('refuses time, amendments and adjustments dated in locked months with CONFLICT, and says they are locked', async () => {
      const c = await createClient(app, leader);
      const r = await createRetainer(app, leader, c.id, { startMonth: '2026-01' });
      const january = await logTime(app, leader, r.id, '2026-01-15', 60);
      const march = await logTime(app, leader, r.id, '2026-03-10', 60);
      const locks = app.app.get(MonthLockService);
      expect(await asLeader(app, leader, (principal) => locks.lockClientThrough(principal, c.id, '2026-02'))).toBe('2026-02');

      const conflicts: Array<[string, Record<string, unknown>]> = [
        [LOG_TIME, { input: { retainerId: r.id, date: '2026-02-27', minutes: 30, category: 'ADVISORY', description: 'Late entry' } }],
        [UPDATE, { input: { id: january.id, minutes: 90 } }],
        [UPDATE, { input: { id: march.id, date: '2026-02-02' } }],
        [DELETE, { id: january.id }],
        [AMEND, { input: { retainerId: r.id, effectiveMonth: '2026-02', daysPerMonth: 8, monthlyFeeMinor: 1 } }],
        [ADJUST, { input: { retainerId: r.id, month: '2026-01', days: 1, reason: 'Retroactive' } }],
      ];
      for (const [operation, variables] of conflicts) {
        expect((await gqlError(app, operation, variables, leader.token)).extensions?.code).toBe('CONFLICT');
      }
      // Months after the lock stay open.
      await logTime(app, leader, r.id, '2026-03-11', 30);
      await gql(app, UPDATE, { input: { id: march.id, minutes: 45 } }, leader.token);
      await gql(app, AMEND, { input: { retainerId: r.id, effectiveMonth: '2026-03', daysPerMonth: 5, monthlyFeeMinor: 500_000 } }, leader.token);
      await gql(app, ADJUST, { input: { retainerId: r.id, month: '2026-03', days: 1, reason: 'Workshop' } }, leader.token);

      const months = await balances(app, leader, r.id, '2026-01', '2026-03');
      expect(months.map((m: { locked: boolean }) => m.locked)).toEqual([true, true, false]);
      expect(months.map((m: { usedMinutes: number }) => m.usedMinutes)).toEqual([60, 0, 75]);
      const entries = (await gql(app, LIST, { filter: { retainerId: r.id } }, leader.token)).timeEntries.nodes;
      expect(entries.map((e: { date: string; locked: boolean }) => [e.date, e.locked])).toEqual([
        ['2026-03-11', false],
        ['2026-03-10', false],
        ['2026-01-15', true],
      ]);
      const clientBalance = `query ($id: ID!, $month: Month!) { client(id: $id) { balance(month: $month) { locked } } }`;
      expect((await gql(app, clientBalance, { id: c.id, month: '2026-02' }, leader.token)).client.balance.locked).toBe(true);
      // A retainer cannot start in an invoiced month either.
      const createInLocked = await gqlError(
        app,
        `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`,
        {
          input: {
            clientId: c.id,
            title: 'CAIO',
            role: 'CAIO',
            startMonth: '2026-02',
            daysPerMonth: 1,
            monthlyFeeMinor: 1,
            overageDayRateMinor: 1,
            rollover: 'NONE',
            overage: 'BILL',
            vatRatePercent: 0,
            reverseCharge: false,
            paymentTermsDays: 0,
          },
        },
        leader.token,
      );
      expect(createInLocked.extensions?.code).toBe('CONFLICT');
    });

    it('never moves the lock backwards, and refuses to change the months a retainer covers across it', async () => {
      const c = await createClient(app, leader);
      const r = await createRetainer(app, leader, c.id, { startMonth: '2026-01', endMonth: '2026-06' });
      const locks = app.app.get(MonthLockService);
      await asLeader(app, leader, (principal) => locks.lockClientThrough(principal, c.id, '2026-05'));
      expect(await asLeader(app, leader, (principal) => locks.lockClientThrough(principal, c.id, '2026-03'))).toBe('2026-05');
      const retainerUpdate = `mutation ($input: UpdateRetainerInput!) { updateRetainer(input: $input) { endMonth } }`;
      expect((await gqlError(app, retainerUpdate, { input: { id: r.id, endMonth: '2026-04' } }, leader.token)).extensions?.code).toBe('CONFLICT');
      expect((await gql(app, retainerUpdate, { input: { id: r.id, endMonth: '2026-09' } }, leader.token)).updateRetainer.endMonth).toBe('2026-09');
      // Even the database refuses to unlock, whoever asks.
      const dataSource = app.owner;
      await expect(dataSource.query(`UPDATE clients SET locked_through_month = '2026-01' WHERE id = $1`, [c.id])).rejects.toThrow(/locked/);
      await expect(dataSource.query(`UPDATE clients SET locked_through_month = NULL WHERE id = $1`, [c.id])).rejects.toThrow(/locked/);
      await expect(
        dataSource.query(
          `INSERT INTO time_entries (workspace_id, client_id, retainer_id, date, minutes, category, description, created_by)
           VALUES ($1, $2, $3, '2026-04-01', 10, 'OTHER', 'Sneaky', $4)`,
          [leader.workspaceId, c.id, r.id, leader.userId],
        ),
      ).rejects.toThrow(/locked month/);
    });

    it('refuses lockClientThrough for a client outside the caller’s workspace, or a malformed month', async () => {
      const locks = app.app.get(MonthLockService);
      await expect(asLeader(app, otherLeader, (principal) => locks.lockClientThrough(principal, client.id, '2026-01'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(asLeader(app, leader, (principal) => locks.lockClientThrough(principal, client.id, '2026-1'))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'month',
      });
    });
  });
});
