// Deliverables over HTTP: the leader plans and moves them, the client viewer accepts or sends back
// with a comment, every move lands in the accountability log, and overdue follows the workspace's
// own calendar.
import { dateInTimeZone, addDays } from '@allot/domain';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { withUnitOfWork, type Principal } from '../src/database/request-scope.js';
import { DeliverablesService } from '../src/modules/deliverables/deliverables.service.js';
import { startTestApp, type TestApp } from './support/app.js';
import { testDatabaseUrl } from './support/database.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError } from './support/graphql.js';

const DELIVERABLE = `id title description dueDate status overdue deliveredAt acceptedAt client { id name } retainer { id title }`;
const CREATE = `mutation ($input: CreateDeliverableInput!) { createDeliverable(input: $input) { ${DELIVERABLE} } }`;
const UPDATE = `mutation ($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { ${DELIVERABLE} } }`;
const SET_STATUS = `mutation ($id: ID!, $status: DeliverableStatus!, $comment: String) {
  setDeliverableStatus(id: $id, status: $status, comment: $comment) { ${DELIVERABLE} }
}`;
const LIST = `query ($clientId: ID, $status: [DeliverableStatus!]) { deliverables(clientId: $clientId, status: $status) { ${DELIVERABLE} } }`;
const LOG = `query ($clientId: ID!, $first: Int) {
  accountabilityLog(clientId: $clientId, first: $first) { nodes { seq kind title body dueDate author { id } refersTo { id kind } } }
}`;
const VERIFY = `query ($clientId: ID!) { verifyAccountabilityLog(clientId: $clientId) { ok entryCount } }`;

describe('deliverables', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let leader: Actor;
  let viewer: Actor;
  let accountant: Actor;
  let other: Actor;
  let client: { id: string; name: string };
  let sibling: { id: string };
  let foreign: { id: string };

  async function create(input: Record<string, unknown>, token = leader.token) {
    return (await gql(app, CREATE, { input: { clientId: client.id, description: '', ...input } }, token)).createDeliverable;
  }

  async function move(id: string, status: string, token = leader.token, comment?: string) {
    return (await gql(app, SET_STATUS, { id, status, comment }, token)).setDeliverableStatus;
  }

  async function log(clientId: string): Promise<any[]> {
    return (await gql(app, LOG, { clientId, first: 200 }, leader.token)).accountabilityLog.nodes.reverse();
  }

  async function rows(clientId: string): Promise<number> {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM deliverables WHERE client_id = $1`, [clientId]);
    return n;
  }

  async function insertRetainer(actor: Actor, clientId: string, title: string): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO retainers (workspace_id, client_id, title, role, start_month, rollover, overage, overage_day_rate_minor, vat_rate_percent, payment_terms_days)
       VALUES ($1, $2, $3, 'CTO', '2026-01', 'NONE', 'BILL', 150000, 21, 14) RETURNING id`,
      [actor.workspaceId, clientId, title],
    );
    return id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = await createDataSource(testDatabaseUrl(), 2).initialize();
    leader = await signUpLeader(app, { timezone: 'Europe/Berlin' });
    other = await signUpLeader(app);
    client = await createClient(app, leader, { name: 'Northwind' });
    sibling = await createClient(app, leader, { name: 'Helios' });
    foreign = await createClient(app, other);
    viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
    accountant = await addMember(app, leader, 'ACCOUNTANT');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await app.close();
  });

  it('creates a PLANNED deliverable (optionally under a retainer of the client) and logs it', async () => {
    const c = await createClient(app, leader, { name: 'Quarry' });
    const retainerId = await insertRetainer(leader, c.id, 'Fractional CTO');
    const created = (
      await gql(
        app,
        CREATE,
        { input: { clientId: c.id, retainerId, title: '  Architecture review  ', description: 'Review and write-up', dueDate: '2026-06-30' } },
        leader.token,
      )
    ).createDeliverable;
    expect(created).toMatchObject({
      title: 'Architecture review',
      description: 'Review and write-up',
      dueDate: '2026-06-30',
      status: 'PLANNED',
      deliveredAt: null,
      acceptedAt: null,
      client: { id: c.id, name: 'Quarry' },
      retainer: { id: retainerId, title: 'Fractional CTO' },
    });
    const plain = (await gql(app, CREATE, { input: { clientId: c.id, title: 'No date', description: '' } }, leader.token)).createDeliverable;
    expect(plain).toMatchObject({ dueDate: null, overdue: false, retainer: null });
    expect((await log(c.id)).map((e) => [e.kind, e.title, e.dueDate, e.author])).toEqual([
      ['SYSTEM', 'Deliverable planned: Architecture review', '2026-06-30', null],
      ['SYSTEM', 'Deliverable planned: No date', null, null],
    ]);
  });

  it('refuses bad input naming the field, and ids out of scope as NOT_FOUND, writing nothing', async () => {
    const c = await createClient(app, leader);
    const siblingRetainer = await insertRetainer(leader, sibling.id, 'Helios CTO');
    const foreignRetainer = await insertRetainer(other, foreign.id, 'Theirs');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '' }, 'title'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ title: 'Ok', description: 'x'.repeat(10_001) }, 'description'],
      [{ title: 'Ok', retainerId: siblingRetainer }, 'retainerId'],
    ];
    for (const [input, field] of cases) {
      const error = await gqlError(app, CREATE, { input: { clientId: c.id, description: '', ...input } }, leader.token);
      expect({ field, extensions: error.extensions }).toEqual({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const badDate = await gqlError(app, CREATE, { input: { clientId: c.id, title: 'Ok', description: '', dueDate: '2026-13-01' } }, leader.token);
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    for (const input of [
      { clientId: foreign.id },
      { clientId: 'not-a-uuid' },
      { clientId: c.id, retainerId: foreignRetainer },
      { clientId: c.id, retainerId: 'nope' },
    ]) {
      const error = await gqlError(app, CREATE, { input: { title: 'Ok', description: '', ...input } }, leader.token);
      expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await rows(c.id)).toBe(0);
    expect(await log(c.id)).toEqual([]);
  });

  it('updates title, description and due date; logs a moved due date; refuses edits of an accepted one', async () => {
    const d = await create({ title: 'Security audit', dueDate: '2026-05-01' });
    const renamed = (await gql(app, UPDATE, { input: { id: d.id, title: 'Security audit v2', description: 'Scope: API' } }, leader.token)).updateDeliverable;
    expect(renamed).toMatchObject({ title: 'Security audit v2', description: 'Scope: API', dueDate: '2026-05-01' });
    const moved = (await gql(app, UPDATE, { input: { id: d.id, dueDate: '2026-05-20' } }, leader.token)).updateDeliverable;
    expect(moved.dueDate).toBe('2026-05-20');
    const cleared = (await gql(app, UPDATE, { input: { id: d.id, dueDate: null } }, leader.token)).updateDeliverable;
    expect(cleared.dueDate).toBeNull();
    const entries = (await log(client.id)).filter((e) => e.title.startsWith('Due date changed: Security audit v2'));
    expect(entries.map((e) => e.body)).toEqual(['Due date moved from 2026-05-01 to 2026-05-20.', 'Due date moved from 2026-05-20 to none.']);

    for (const [input, field] of [
      [{ title: null }, 'title'],
      [{ title: '' }, 'title'],
      [{ description: null }, 'description'],
      [{ description: 'x'.repeat(10_001) }, 'description'],
    ] as const) {
      const error = await gqlError(app, UPDATE, { input: { id: d.id, ...input } }, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    for (const id of [
      'nope',
      (await gql(app, CREATE, { input: { clientId: foreign.id, title: 'Theirs', description: '' } }, other.token)).createDeliverable.id,
    ]) {
      expect((await gqlError(app, UPDATE, { input: { id, title: 'Mine' } }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    }
    for (const actor of [viewer, accountant]) {
      expect((await gqlError(app, UPDATE, { input: { id: d.id, title: 'Mine' } }, actor.token)).extensions?.code).toBe('FORBIDDEN');
    }

    await move(d.id, 'DELIVERED');
    await move(d.id, 'ACCEPTED', viewer.token);
    expect((await gqlError(app, UPDATE, { input: { id: d.id, title: 'Rewritten' } }, leader.token)).extensions?.code).toBe('CONFLICT');
  });

  it('walks the leader’s transitions and refuses the ones that make no sense', async () => {
    const d = await create({ title: 'Hiring plan' });
    expect((await move(d.id, 'IN_PROGRESS')).status).toBe('IN_PROGRESS');
    expect((await move(d.id, 'PLANNED')).status).toBe('PLANNED');
    const delivered = await move(d.id, 'DELIVERED');
    expect(delivered.status).toBe('DELIVERED');
    expect(Date.parse(delivered.deliveredAt)).toBeLessThanOrEqual(Date.now());
    const withdrawn = await move(d.id, 'IN_PROGRESS');
    expect(withdrawn).toMatchObject({ status: 'IN_PROGRESS', deliveredAt: null });
    expect((await move(d.id, 'CANCELLED')).status).toBe('CANCELLED');
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'DELIVERED' }, leader.token)).extensions?.code).toBe('CONFLICT');
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'CANCELLED' }, leader.token)).extensions?.code).toBe('CONFLICT');
    expect((await move(d.id, 'PLANNED')).status).toBe('PLANNED');
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'ACCEPTED' }, leader.token)).extensions?.code).toBe('FORBIDDEN');

    const titles = (await log(client.id)).filter((e) => e.title.endsWith(': Hiring plan')).map((e) => [e.kind, e.title, e.body]);
    expect(titles).toEqual([
      ['SYSTEM', 'Deliverable planned: Hiring plan', ''],
      ['SYSTEM', 'Deliverable started: Hiring plan', 'Status PLANNED → IN_PROGRESS, by Lee Leader.'],
      ['SYSTEM', 'Deliverable moved back to planned: Hiring plan', 'Status IN_PROGRESS → PLANNED, by Lee Leader.'],
      ['SYSTEM', 'Deliverable delivered: Hiring plan', 'Status PLANNED → DELIVERED, by Lee Leader.'],
      ['SYSTEM', 'Delivery withdrawn: Hiring plan', 'Status DELIVERED → IN_PROGRESS, by Lee Leader.'],
      ['SYSTEM', 'Deliverable cancelled: Hiring plan', 'Status IN_PROGRESS → CANCELLED, by Lee Leader.'],
      ['SYSTEM', 'Deliverable reopened: Hiring plan', 'Status CANCELLED → PLANNED, by Lee Leader.'],
    ]);
    expect((await gql(app, VERIFY, { clientId: client.id }, leader.token)).verifyAccountabilityLog.ok).toBe(true);
  });

  it('lets the leader cancel a delivered deliverable awaiting acceptance, and reopen a cancelled one straight into IN_PROGRESS', async () => {
    const d = await create({ title: 'Vendor shortlist' });
    await move(d.id, 'DELIVERED');
    expect(await move(d.id, 'CANCELLED')).toMatchObject({ status: 'CANCELLED', deliveredAt: null });
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'ACCEPTED' }, viewer.token)).extensions?.code).toBe('CONFLICT');
    expect((await move(d.id, 'IN_PROGRESS')).status).toBe('IN_PROGRESS');
    const titles = (await log(client.id)).filter((e) => e.title.endsWith(': Vendor shortlist')).map((e) => e.title);
    expect(titles.slice(-2)).toEqual(['Deliverable cancelled: Vendor shortlist', 'Deliverable reopened: Vendor shortlist']);
  });

  it('lets the client viewer accept a delivered deliverable, with an optional comment', async () => {
    const d = await create({ title: 'Cloud cost report' });
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'ACCEPTED' }, viewer.token)).extensions?.code).toBe('CONFLICT');
    await move(d.id, 'DELIVERED');
    const accepted = await move(d.id, 'ACCEPTED', viewer.token, 'Great work');
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.deliveredAt).not.toBeNull();
    expect(Date.parse(accepted.acceptedAt)).toBeGreaterThanOrEqual(Date.parse(accepted.deliveredAt));
    const [system, comment] = (await log(client.id)).slice(-2);
    expect(system).toMatchObject({ kind: 'SYSTEM', title: 'Deliverable accepted: Cloud cost report', author: null });
    expect(system.body).toMatch(/^Status DELIVERED → ACCEPTED, by CLIENT_VIEWER person\.$/);
    expect(comment).toMatchObject({ kind: 'COMMENT', body: 'Great work', author: { id: viewer.userId }, refersTo: { kind: 'SYSTEM' } });
    for (const status of ['IN_PROGRESS', 'CANCELLED', 'PLANNED', 'DELIVERED']) {
      const error = await gqlError(app, SET_STATUS, { id: d.id, status, comment: 'x' }, leader.token);
      expect({ status, code: error.extensions?.code }).toEqual({ status, code: 'CONFLICT' });
    }
  });

  it('lets the client viewer request changes only with a comment, which moves it back to IN_PROGRESS', async () => {
    const d = await create({ title: 'Data platform RFC' });
    await move(d.id, 'DELIVERED');
    const before = (await log(client.id)).length;
    for (const comment of [undefined, '', '   ']) {
      const error = await gqlError(app, SET_STATUS, { id: d.id, status: 'IN_PROGRESS', comment }, viewer.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
    }
    const tooLong = await gqlError(app, SET_STATUS, { id: d.id, status: 'IN_PROGRESS', comment: 'x'.repeat(10_001) }, viewer.token);
    expect(tooLong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await log(client.id)).length).toBe(before);
    expect((await gql(app, LIST, { clientId: client.id }, viewer.token)).deliverables.find((x: any) => x.id === d.id).status).toBe('DELIVERED');

    const back = await move(d.id, 'IN_PROGRESS', viewer.token, 'Please add the cost section');
    expect(back).toMatchObject({ status: 'IN_PROGRESS', deliveredAt: null, acceptedAt: null });
    const [system, comment] = (await log(client.id)).slice(-2);
    expect(system).toMatchObject({ kind: 'SYSTEM', title: 'Changes requested: Data platform RFC' });
    expect(comment).toMatchObject({ kind: 'COMMENT', body: 'Please add the cost section', author: { id: viewer.userId }, refersTo: { kind: 'SYSTEM' } });

    for (const status of ['PLANNED', 'DELIVERED', 'CANCELLED']) {
      const error = await gqlError(app, SET_STATUS, { id: d.id, status, comment: 'x' }, viewer.token);
      expect({ status, code: error.extensions?.code }).toEqual({ status, code: 'FORBIDDEN' });
    }
    expect((await gqlError(app, SET_STATUS, { id: d.id, status: 'IN_PROGRESS', comment: 'again' }, viewer.token)).extensions?.code).toBe('CONFLICT');
  });

  it('keeps each role to its scope: viewer to their client, accountant out, other workspaces NOT_FOUND', async () => {
    const mine = await create({ title: 'Northwind only' });
    const theirs = (await gql(app, CREATE, { input: { clientId: sibling.id, title: 'Helios only', description: '' } }, leader.token)).createDeliverable;
    const seen = (await gql(app, LIST, {}, viewer.token)).deliverables;
    expect(seen.map((d: any) => d.client.id)).toEqual(expect.arrayContaining([client.id]));
    expect(seen.every((d: any) => d.client.id === client.id)).toBe(true);
    expect(seen.map((d: any) => d.id)).toContain(mine.id);
    expect((await gqlError(app, LIST, { clientId: sibling.id }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await gqlError(app, SET_STATUS, { id: theirs.id, status: 'ACCEPTED' }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await gqlError(app, CREATE, { input: { clientId: client.id, title: 'Mine', description: '' } }, viewer.token)).extensions?.code).toBe('FORBIDDEN');

    for (const [query, variables] of [
      [LIST, {}],
      [CREATE, { input: { clientId: client.id, title: 'x', description: '' } }],
      [SET_STATUS, { id: mine.id, status: 'IN_PROGRESS' }],
    ] as const) {
      expect((await gqlError(app, query, variables, accountant.token)).extensions?.code).toBe('FORBIDDEN');
    }

    const all = (await gql(app, LIST, {}, leader.token)).deliverables.map((d: any) => d.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect((await gql(app, LIST, {}, other.token)).deliverables.map((d: any) => d.id)).not.toContain(mine.id);
    for (const id of [mine.id, 'garbage']) {
      expect((await gqlError(app, SET_STATUS, { id, status: 'IN_PROGRESS' }, other.token)).extensions?.code).toBe('NOT_FOUND');
    }
    expect((await gqlError(app, LIST, { clientId: client.id }, other.token)).extensions?.code).toBe('NOT_FOUND');
  });

  it('lists soonest due first and filters by client and status', async () => {
    const c = await createClient(app, leader);
    const make = async (title: string, dueDate: string | null) =>
      (await gql(app, CREATE, { input: { clientId: c.id, title, description: '', dueDate } }, leader.token)).createDeliverable;
    const late = await make('Late', '2026-09-01');
    const none = await make('Whenever', null);
    const soon = await make('Soon', '2026-04-01');
    await move(soon.id, 'IN_PROGRESS');
    expect((await gql(app, LIST, { clientId: c.id }, leader.token)).deliverables.map((d: any) => d.title)).toEqual(['Soon', 'Late', 'Whenever']);
    const planned = (await gql(app, LIST, { clientId: c.id, status: ['PLANNED'] }, leader.token)).deliverables;
    expect(planned.map((d: any) => d.id)).toEqual([late.id, none.id]);
    const some = (await gql(app, LIST, { clientId: c.id, status: ['IN_PROGRESS', 'DELIVERED'] }, leader.token)).deliverables;
    expect(some.map((d: any) => d.id)).toEqual([soon.id]);
  });

  it('computes overdue with today on the workspace’s calendar, not the server’s', async () => {
    const kiritimati = await signUpLeader(app, { timezone: 'Pacific/Kiritimati' }); // UTC+14
    const c = await createClient(app, kiritimati);
    const today = dateInTimeZone(new Date(), 'Pacific/Kiritimati');
    const make = async (title: string, dueDate: string) =>
      (await gql(app, CREATE, { input: { clientId: c.id, title, description: '', dueDate } }, kiritimati.token)).createDeliverable;
    const yesterday = await make('Due yesterday', addDays(today, -1));
    const dueToday = await make('Due today', today);
    const delivered = await make('Delivered late', addDays(today, -3));
    const cancelled = await make('Cancelled', addDays(today, -3));
    await move(delivered.id, 'DELIVERED', kiritimati.token);
    await move(cancelled.id, 'CANCELLED', kiritimati.token);
    const overdue = async () =>
      Object.fromEntries((await gql(app, LIST, { clientId: c.id }, kiritimati.token)).deliverables.map((d: any) => [d.title, d.overdue]));
    expect(await overdue()).toEqual({ 'Due yesterday': true, 'Due today': false, 'Delivered late': false, Cancelled: false });
    expect(yesterday.overdue).toBe(true);
    expect(dueToday.overdue).toBe(false);

    // 25 hours west, "yesterday in Kiritimati" is today or even tomorrow: nothing is overdue.
    await gql(app, `mutation { updateWorkspace(input: { timezone: "Pacific/Pago_Pago" }) { timezone } }`, {}, kiritimati.token);
    expect(await overdue()).toEqual({ 'Due yesterday': false, 'Due today': false, 'Delivered late': false, Cancelled: false });
  });

  it('counts overdue deliverables for many clients in one call, for the dashboard', async () => {
    const principal: Principal = { userId: leader.userId, membershipId: 'n/a', workspaceId: leader.workspaceId, role: 'LEADER', clientId: null };
    const [a, b] = [await createClient(app, leader), await createClient(app, leader)];
    for (const [clientId, dueDate] of [
      [a.id, '2026-01-10'],
      [a.id, '2026-01-20'],
      [a.id, '2026-03-01'],
      [b.id, '2026-02-27'],
    ]) {
      await gql(app, CREATE, { input: { clientId, title: `Due ${dueDate}`, description: '', dueDate } }, leader.token);
    }
    const doneEarly = (await gql(app, CREATE, { input: { clientId: b.id, title: 'Done', description: '', dueDate: '2026-01-01' } }, leader.token))
      .createDeliverable;
    await move(doneEarly.id, 'DELIVERED');
    const service = app.app.get(DeliverablesService);
    const counts = await withUnitOfWork(dataSource, principal, () => service.overdueCounts(principal, [a.id, b.id, foreign.id], '2026-02-28'));
    expect(Object.fromEntries(counts)).toEqual({ [a.id]: 2, [b.id]: 1, [foreign.id]: 0 });
    const list = await withUnitOfWork(dataSource, principal, () => service.overdue(principal, [a.id, b.id], '2026-02-28'));
    expect(list.map((d) => d.title)).toEqual(['Due 2026-01-10', 'Due 2026-01-20', 'Due 2026-02-27']);
  });
});
