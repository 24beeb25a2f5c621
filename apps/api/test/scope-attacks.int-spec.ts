// Every query and mutation that takes an id — generated from schema.gql: every ID argument and
// every ID field inside input objects, so a new operation is attacked without touching this file —
// called with the ids of someone else's data:
// - a leader and an accountant with ids from another workspace;
// - a client viewer with ids of another client of the same workspace.
// The answer is NOT_FOUND when the caller's role may call the operation at all (existence does not
// leak), FORBIDDEN when it may not, and the response carries nothing of the target (its names and
// titles all hold a marker that must not appear). The download routes get the same treatment.
// Role-by-role access to invoices is in invoices-access.int-spec.ts; RLS in tenancy.int-spec.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from './support/app.js';
import { createRetainer, logTime } from './support/engagement.js';
import { addMember, createClient, PASSWORD, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlRaw } from './support/graphql.js';
import { download, GENERATE, ISSUE, setNow, setSellerDetails } from './support/invoicing.js';
import { plainValue, required } from './support/plain-values.js';
import { documentFor, idKind, idPaths, loadSchema, rootOperations, setAt, typeAt, type EntityKind } from './support/schema-walk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ACCESS: Record<string, string[]> = JSON.parse(readFileSync(path.join(here, 'operation-access.json'), 'utf8'));

type Ids = Partial<Record<EntityKind, string>>;

interface Tenant {
  ids: Ids;
  /** Every name and title of this tenant's data contains it. */
  marker: string;
  /** The issued invoice, for downloads. */
  issuedInvoice: string;
}

/** One client's worth of everything an id can name, every name and title marked. */
async function buildTenant(app: TestApp, leader: Actor, marker: string, clientId?: string): Promise<Tenant> {
  const client = clientId ? { id: clientId } : await createClient(app, leader, { name: `${marker} Client`, legalName: `${marker} GmbH` });
  const retainer = await createRetainer(app, leader, client.id, { title: `${marker} CTO`, startMonth: '2026-01' });
  const entry = await logTime(app, leader, retainer.id, '2026-03-03', 45, { description: `${marker} review` });
  const deliverable = (
    await gql(
      app,
      `mutation ($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
      {
        input: { clientId: client.id, retainerId: retainer.id, title: `${marker} roadmap`, description: `${marker} plan`, dueDate: '2026-06-01' },
      },
      leader.token,
    )
  ).createDeliverable;
  await gql(app, `mutation ($id: ID!) { setDeliverableStatus(id: $id, status: DELIVERED) { id } }`, { id: deliverable.id }, leader.token);
  const schedule = (title: string, day: string) =>
    gql(
      app,
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          clientId: client.id,
          kind: 'BOARD',
          title,
          startsAt: `2026-03-${day}T09:00:00Z`,
          endsAt: `2026-03-${day}T10:00:00Z`,
          attendees: [`${marker} CEO`],
          agenda: `${marker} agenda`,
        },
      },
      leader.token,
    );
  const meeting = (await schedule(`${marker} board`, '12')).scheduleMeeting;
  const held = (await schedule(`${marker} steering`, '13')).scheduleMeeting;
  await gql(
    app,
    `mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`,
    {
      input: {
        meetingId: held.id,
        retainerId: retainer.id,
        sharedNotes: `${marker} notes`,
        privateNotes: `${marker} private`,
        decisions: [`${marker} decision`],
        actionItems: [],
      },
    },
    leader.token,
  );
  const action = (
    await gql(
      app,
      `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id } }`,
      {
        input: { clientId: client.id, kind: 'ACTION_ITEM', title: `${marker} action`, body: `${marker} body`, owner: `${marker} owner` },
      },
      leader.token,
    )
  ).appendLogEntry;
  const invoices = (await gql(app, GENERATE, { month: '2026-02' }, leader.token)).generateInvoices.filter(
    (i: { client: { id: string } }) => i.client.id === client.id,
  );
  await gql(app, ISSUE, { id: invoices[0].id }, leader.token);
  const draft = (await gql(app, GENERATE, { month: '2026-03' }, leader.token)).generateInvoices.find(
    (i: { client: { id: string } }) => i.client.id === client.id,
  );
  await gql(
    app,
    `mutation ($e: String!) { inviteMember(input: { email: $e, role: ACCOUNTANT }) { id } }`,
    { e: `${marker.toLowerCase()}@invitee.example` },
    leader.token,
  );
  const invitation = (await gql(app, `{ invitations { id email } }`, {}, leader.token)).invitations.find((i: { email: string }) =>
    i.email.startsWith(marker.toLowerCase()),
  );
  // A session of its own, so that revoking it in the control run ends no token the tests use.
  const signedIn = (await gql(app, `mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: leader.email, p: PASSWORD }))
    .logIn.accessToken;
  const session = (await gql(app, `{ sessions { id current } }`, {}, signedIn)).sessions.find((s: { current: boolean }) => s.current);
  return {
    marker,
    issuedInvoice: invoices[0].id,
    ids: {
      Client: client.id,
      Retainer: retainer.id,
      TimeEntry: entry.id,
      Meeting: meeting.id,
      Deliverable: deliverable.id,
      LogEntry: action.id,
      // A draft for a leader of another workspace; for a client viewer, drafts are hidden anyway:
      // the issued invoice is the one that would leak.
      Invoice: draft?.id ?? invoices[0].id,
      Workspace: leader.workspaceId,
      Invitation: invitation.id,
      Session: session.id,
    },
  };
}

const SELECTION = { depth: 2, argumentValue: (_type: unknown, name: string) => (name === 'to' ? '2026-04' : '2026-03') };

const schema = loadSchema();
const attackable = rootOperations(schema).filter((op) => idPaths(op.field).length > 0);

describe('ids outside the caller’s scope, for every operation that takes one', () => {
  let app: TestApp;
  let leaderA: Actor;
  let accountantA: Actor;
  let viewerA1: Actor;
  let leaderB: Actor;
  let ownA1: Tenant;
  let targetA2: Tenant;
  let targetB: Tenant;
  let control: Tenant;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '1000' });
    setNow(app, '2026-04-02T10:00:00Z');
    leaderA = await signUpLeader(app);
    leaderB = await signUpLeader(app);
    for (const leader of [leaderA, leaderB]) await setSellerDetails(app, leader);
    const suffix = randomUUID().slice(0, 8);
    ownA1 = await buildTenant(app, leaderA, `OWNA1${suffix}`);
    targetA2 = await buildTenant(app, leaderA, `TGTA2${suffix}`);
    targetB = await buildTenant(app, leaderB, `TGTB${suffix}`);
    control = await buildTenant(app, leaderA, `CTRL${suffix}`);
    viewerA1 = await addMember(app, leaderA, 'CLIENT_VIEWER', ownA1.ids.Client);
    accountantA = await addMember(app, leaderA, 'ACCOUNTANT');
  }, 120_000);

  afterAll(async () => {
    setNow(app, null);
    await app.close();
  });

  it('finds the operations to attack in the schema', () => {
    expect(attackable.map((op) => op.name)).toEqual(
      expect.arrayContaining(['client', 'invoice', 'logTime', 'recordMeeting', 'issueInvoice', 'switchWorkspace']),
    );
  });

  async function attack(actor: Actor, role: string, own: Ids, target: Tenant): Promise<string[]> {
    const problems: string[] = [];
    const attacker = { email: actor.email, role };
    for (const operation of attackable) {
      const document = documentFor(operation, SELECTION);
      const allowed = ACCESS[`${operation.kind === 'query' ? 'Query' : 'Mutation'}.${operation.name}`] ?? [];
      const expected = allowed.includes(role) || allowed.includes('PUBLIC') ? 'NOT_FOUND' : 'FORBIDDEN';
      const base = Object.fromEntries(
        operation.field.args
          .map((arg) => [arg.name, plainValue(arg.type, arg.name, own, operation, [arg.name], attacker)])
          .filter(([, value]) => value !== undefined),
      );
      for (const at of idPaths(operation.field)) {
        const targetId = target.ids[idKind(operation, at)];
        if (!targetId) continue; // e.g. a workspace id when the target is in the caller's workspace
        // Optional input objects on the way (filters) are made; a list gets one item.
        let variables = base;
        for (let depth = 1; depth < at.length; depth++) {
          const prefix = at.slice(0, depth);
          const current = prefix.reduce<any>((value, key) => value?.[key], variables);
          if (at[depth] === '0') {
            const itemType = typeAt(operation.field, at.slice(0, depth + 1));
            variables = setAt(variables, prefix, [plainValue(required(itemType), prefix.at(-1)!, own, operation, at.slice(0, depth + 1), attacker)]);
          } else if (current === null || current === undefined) {
            variables = setAt(variables, prefix, plainValue(required(typeAt(operation.field, prefix)), prefix.at(-1)!, own, operation, prefix, attacker));
          }
        }
        const result = await gqlRaw(app, document, setAt(variables, at, targetId), actor.token);
        const body = JSON.stringify({ data: result.data, errors: result.errors });
        const codes = (result.errors ?? []).map((error) => error.extensions?.code);
        const where = `${operation.name}(${at.join('.')}) as ${role}`;
        if (codes.length !== 1 || codes[0] !== expected) problems.push(`${where}: expected ${expected}, got ${JSON.stringify(result.errors ?? result.data)}`);
        if (body.includes(target.marker)) problems.push(`${where}: the response shows the target's data: ${body.slice(0, 300)}`);
        // Indistinguishable from an id that exists nowhere: existence does not leak either.
        const nowhere = await gqlRaw(app, document, setAt(variables, at, randomUUID()), actor.token);
        const answer = (r: typeof result) => JSON.stringify((r.errors ?? []).map((e) => [e.extensions?.code, e.message]));
        if (answer(result) !== answer(nowhere)) problems.push(`${where}: answers ${answer(result)} for the target but ${answer(nowhere)} for an unknown id`);
      }
    }
    return problems;
  }

  it('answers a leader NOT_FOUND for every id of another workspace, showing nothing of it', async () => {
    expect(await attack(leaderA, 'LEADER', ownA1.ids, targetB)).toEqual([]);
  }, 60_000);

  it('answers an accountant NOT_FOUND or FORBIDDEN for every id of another workspace, showing nothing of it', async () => {
    expect(await attack(accountantA, 'ACCOUNTANT', ownA1.ids, targetB)).toEqual([]);
  }, 60_000);

  it('answers a client viewer NOT_FOUND or FORBIDDEN for every id of another client of the workspace, showing nothing of it', async () => {
    // Same workspace: the workspace id is the viewer's own, not a target.
    const { Workspace: _own, ...otherClient } = targetA2.ids;
    expect(await attack(viewerA1, 'CLIENT_VIEWER', ownA1.ids, { ...targetA2, ids: otherClient })).toEqual([]);
  }, 60_000);

  it('gets past the id check with the caller’s own ids, so that the refusals above are the ids’ doing', async () => {
    // Mutations change the control tenant's data: deleting comes last, so nothing needed later is gone.
    const ordered = [...attackable].sort((a, b) => Number(a.name.startsWith('delete')) - Number(b.name.startsWith('delete')));
    const notFound: string[] = [];
    for (const operation of ordered) {
      const document = documentFor(operation, SELECTION);
      const caller = { email: leaderA.email, role: 'LEADER' };
      const variables = Object.fromEntries(
        operation.field.args
          .map((arg) => [arg.name, plainValue(arg.type, arg.name, control.ids, operation, [arg.name], caller)])
          .filter(([, value]) => value !== undefined),
      );
      for (const at of idPaths(operation.field)) {
        let withOwn = variables;
        for (let depth = 1; depth < at.length; depth++) {
          const prefix = at.slice(0, depth);
          if (prefix.reduce<any>((value, key) => value?.[key], withOwn) == null) {
            withOwn = setAt(withOwn, prefix, plainValue(required(typeAt(operation.field, prefix)), prefix.at(-1)!, control.ids, operation, prefix, caller));
          }
        }
        const result = await gqlRaw(app, document, setAt(withOwn, at, control.ids[idKind(operation, at)]), leaderA.token);
        if (result.errors?.some((error) => error.extensions?.code === 'NOT_FOUND'))
          notFound.push(`${operation.name}(${at.join('.')}): ${result.errors[0].message}`);
      }
    }
    expect(notFound).toEqual([]);
  }, 60_000);

  it('leaves the targets untouched', async () => {
    for (const [tenant, leader] of [
      [targetB, leaderB],
      [targetA2, leaderA],
    ] as const) {
      const client = (await gql(app, `query ($id: ID!) { client(id: $id) { name archived } }`, { id: tenant.ids.Client }, leader.token)).client;
      expect(client).toEqual({ name: `${tenant.marker} Client`, archived: false });
      const log = await gql(
        app,
        `query ($id: ID!) { verifyAccountabilityLog(clientId: $id) { ok } accountabilityLog(clientId: $id) { nodes { kind title } } }`,
        { id: tenant.ids.Client },
        leader.token,
      );
      expect(log.verifyAccountabilityLog.ok).toBe(true);
      expect(log.accountabilityLog.nodes.filter((n: { kind: string }) => n.kind === 'COMMENT' || n.kind === 'STATUS_CHANGE')).toEqual([]);
      const meeting = (await gql(app, `query ($c: ID!) { meetings(filter: { clientId: $c }) { nodes { id status } } }`, { c: tenant.ids.Client }, leader.token))
        .meetings.nodes;
      expect(meeting.find((m: { id: string }) => m.id === tenant.ids.Meeting)?.status).toBe('SCHEDULED');
    }
  });

  describe('downloads', () => {
    const routes = (id: string) => [`/api/invoices/${id}/pdf`, `/api/invoices/${id}/ubl`];

    it('answers 404 for another workspace’s invoices, by Bearer token or session cookie, showing nothing', async () => {
      for (const actor of [leaderA, accountantA]) {
        for (const route of routes(targetB.issuedInvoice)) {
          const bearer = await download(app, route, actor);
          const cookie = await app.http.get(route).set('cookie', `allot_session=${actor.token}`);
          for (const res of [bearer, cookie]) {
            expect({ route, status: res.status }).toEqual({ route, status: 404 });
            expect(Buffer.from(res.body instanceof Buffer ? res.body : JSON.stringify(res.body)).toString()).not.toContain(targetB.marker);
          }
        }
      }
    });

    it('answers 404 to a client viewer for another client’s invoice, and for malformed ids', async () => {
      for (const id of [targetA2.issuedInvoice, 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '..%2F..%2Fetc%2Fpasswd']) {
        for (const route of routes(id)) expect({ route, status: (await download(app, route, viewerA1)).status }).toEqual({ route, status: 404 });
      }
    });

    it('exports no other workspace’s invoices in the CSV: its client id is 404, other parameters change nothing', async () => {
      for (const actor of [leaderA, accountantA]) {
        const foreign = await download(app, `/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12&clientId=${targetB.ids.Client}`, actor);
        expect(foreign.status).toBe(404);
        expect(foreign.body.toString('utf8')).not.toContain(targetB.marker);
        const res = await download(
          app,
          `/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12&workspaceId=${leaderB.workspaceId}&status=ISSUED,DRAFT,PAID`,
          actor,
        );
        expect(res.status).toBe(200);
        const csv = res.body.toString('utf8');
        expect(csv).not.toContain(targetB.marker);
        expect(csv).toContain(`${ownA1.marker} GmbH`);
      }
    });
  });
});
