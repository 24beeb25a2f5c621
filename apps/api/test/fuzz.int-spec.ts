// Every mutation (and query) of the schema, called with generated inputs (fast-check, arbitraries
// derived from the input types in schema.gql, so a new operation is fuzzed without touching this
// file), by every role: the answer is a success or a coded error — never an internal error — a
// BAD_USER_INPUT names its field, and a refused call writes nothing (a fingerprint of every table
// is the same before and after). The database is a private cluster, so the fingerprint sees
// only this file's writes. FUZZ_RUNS and FUZZ_SEED override the number of runs and the seed.
import fc from 'fast-check';
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import pg from 'pg';
import { startTestApp, type TestApp } from './support/app.js';
import { createRetainer, logTime } from './support/engagement.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlRaw } from './support/graphql.js';
import { argumentsArbitrary, edgeValues, leavesOf, type ArbitraryContext } from './support/input-arbitraries.js';
import { GENERATE, ISSUE, setSellerDetails } from './support/invoicing.js';
import { PrivatePostgres } from './support/private-postgres.js';
import { documentFor, idKind, loadSchema, rootOperations, setAt, type RootOperation } from './support/schema-walk.js';

const DATABASE = 'allot_fuzz_test';
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const QUERY_RUNS = Math.max(5, Math.round(RUNS / 2));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Codes a caller may get; INTERNAL_SERVER_ERROR (or no code) is a bug. */
const CODED = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/** Outcomes per operation (success or first error code), printed with FUZZ_STATS=true. */
const stats: Record<string, Record<string, number>> = {};

const schema = loadSchema();
const operations = rootOperations(schema);
const mutations = operations.filter((op) => op.kind === 'mutation');
const queries = operations.filter((op) => op.kind === 'query');

/** Whether `field` (e.g. "startMonth", "actionItems.0.title", "actionItems[0].dueDate") is an argument or input field of the operation. */
function namesAField(operation: RootOperation, field: string): boolean {
  const names = new Set<string>();
  const visit = (type: GraphQLInputType, depth: number) => {
    const named = getNamedType(type);
    if (isInputObjectType(named) && depth < 4) {
      for (const inner of Object.values(named.getFields())) {
        names.add(inner.name);
        visit(inner.type, depth + 1);
      }
    }
  };
  for (const arg of operation.field.args) {
    names.add(arg.name);
    visit(arg.type, 0);
  }
  return field
    .split(/[.[\]]/)
    .filter((part) => part && !/^\d+$/.test(part))
    .every((part) => names.has(part));
}

const SELECTION = {
  depth: 1,
  argumentValue: (_type: unknown, name: string) => (name === 'to' ? '2026-04' : '2026-03'),
};

interface Fixture {
  actors: Record<'leader' | 'viewer' | 'accountant' | 'anonymous', Actor | null>;
  idsByKind: Record<string, string[]>;
  foreignIds: string[];
  strings: Record<string, string[]>;
}

describe('fuzzing every operation with generated inputs', () => {
  let cluster: PrivatePostgres;
  let app: TestApp;
  let sql: pg.Client;
  let fixture: Fixture;
  let tables: string[];

  beforeAll(async () => {
    cluster = await PrivatePostgres.start([DATABASE]);
    app = await startTestApp({ DATABASE_URL: cluster.url(DATABASE), LOGIN_LIMIT_PER_EMAIL: '1000' });
    sql = new pg.Client({ connectionString: cluster.url(DATABASE) });
    await sql.connect();
    fixture = await buildFixture();
    tables = (await sql.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).rows.map(
      (row) => row.tablename,
    );
  }, 120_000);

  afterAll(async () => {
    if (process.env.FUZZ_STATS === 'true') console.log(JSON.stringify(stats, null, 1));
    await sql?.end();
    await app?.close();
    await cluster?.destroy();
  }, 60_000);

  async function buildFixture(): Promise<Fixture> {
    const leader = await signUpLeader(app);
    await setSellerDetails(app, leader);
    const c1 = await createClient(app, leader);
    const c2 = await createClient(app, leader);
    const r1 = await createRetainer(app, leader, c1.id, { startMonth: '2026-01', rollover: 'CARRY_FORWARD', rolloverCapDays: 2 });
    const r2 = await createRetainer(app, leader, c2.id, { startMonth: '2026-01' });
    const entries = [await logTime(app, leader, r1.id, '2026-02-03', 90), await logTime(app, leader, r2.id, '2026-03-04', 30)];
    const deliverable = (
      await gql(
        app,
        `mutation ($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
        {
          input: { clientId: c1.id, retainerId: r1.id, title: 'Roadmap', description: 'Q3', dueDate: '2026-05-01' },
        },
        leader.token,
      )
    ).createDeliverable;
    const meetings = [];
    for (let i = 0; i < 4; i++) {
      const input = {
        clientId: i % 2 ? c2.id : c1.id,
        kind: 'BOARD',
        title: `Board ${i}`,
        startsAt: `2026-03-1${i}T09:00:00Z`,
        endsAt: `2026-03-1${i}T10:00:00Z`,
        attendees: ['Ana'],
        agenda: '',
      };
      meetings.push(
        (await gql(app, `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, { input }, leader.token)).scheduleMeeting,
      );
    }
    const action = (
      await gql(
        app,
        `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id } }`,
        {
          input: { clientId: c1.id, kind: 'ACTION_ITEM', title: 'Hire a lead', body: '', owner: 'Ana', dueDate: '2026-04-01' },
        },
        leader.token,
      )
    ).appendLogEntry;
    const drafts = (await gql(app, GENERATE, { month: '2026-01' }, leader.token)).generateInvoices;
    await gql(app, ISSUE, { id: drafts[0].id }, leader.token);
    await gql(app, GENERATE, { month: '2026-02' }, leader.token);
    const invoices = (await gql(app, `{ invoices { nodes { id } } }`, {}, leader.token)).invoices.nodes;
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', c1.id);
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    const invitation = (await gql(app, `mutation { inviteMember(input: { email: "pending@example.test", role: ACCOUNTANT }) { token } }`, {}, leader.token))
      .inviteMember;
    const stranger = await signUpLeader(app);
    const foreignClient = await createClient(app, stranger);
    const foreignRetainer = await createRetainer(app, stranger, foreignClient.id);
    const foreignDeliverable = (
      await gql(
        app,
        `mutation ($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
        {
          input: { clientId: foreignClient.id, title: 'Theirs', description: '' },
        },
        stranger.token,
      )
    ).createDeliverable;
    return {
      actors: { leader, viewer, accountant, anonymous: null },
      idsByKind: {
        Client: [c1.id, c2.id],
        Retainer: [r1.id, r2.id],
        TimeEntry: entries.map((e) => e.id),
        Meeting: meetings.map((m) => m.id),
        Deliverable: [deliverable.id],
        LogEntry: [action.id],
        Invoice: invoices.map((i: { id: string }) => i.id),
        Workspace: [leader.workspaceId],
      },
      foreignIds: [stranger.workspaceId, foreignClient.id, foreignRetainer.id, foreignDeliverable.id],
      strings: { token: [invitation.token], email: [leader.email, viewer.email], password: ['correct-horse-battery'] },
    };
  }

  /**
   * Row count and content hash of every table. A session's last_seen_at is touched by any
   * authenticated request (at most once a minute), reads included: it is left out.
   */
  async function fingerprint(): Promise<Record<string, string>> {
    const row = (table: string) => (table === 'sessions' ? `(to_jsonb(x) - 'last_seen_at')` : 'x');
    const parts = tables.map(
      (table) =>
        `SELECT '${table}' AS t, count(*) || ':' || md5(coalesce(string_agg(md5(${row(table)}::text), '' ORDER BY md5(${row(table)}::text)), '')) AS f FROM "${table}" x`,
    );
    const { rows } = await sql.query(parts.join(' UNION ALL '));
    return Object.fromEntries(rows.map((row) => [row.t, row.f]));
  }

  const actorArbitrary = () =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('leader' as const) },
      { weight: 1, arbitrary: fc.constant('viewer' as const) },
      { weight: 1, arbitrary: fc.constant('accountant' as const) },
      { weight: 1, arbitrary: fc.constant('anonymous' as const) },
    );

  let last: Record<string, string> | null = null;

  /** One call, and everything that must hold of its answer; throws naming what did not. */
  async function check(operation: RootOperation, document: string, who: keyof Fixture['actors'], variables: Record<string, unknown>): Promise<void> {
    // Only this file writes to the cluster: the fingerprint after one call is the one before the next.
    const before = last ?? (await fingerprint());
    const result = await gqlRaw(app, document, variables, fixture.actors[who]?.token);
    const errors = result.errors ?? [];
    const after = await fingerprint();
    last = after;
    const problems: string[] = [];
    if (result.status >= 500) problems.push(`HTTP ${result.status}`);
    if (result.data === null && errors.length === 0) problems.push('neither data nor errors');
    for (const error of errors) {
      const code = error.extensions?.code;
      if (!CODED.has(code ?? '')) problems.push(`${code ?? 'no code'}: ${error.message}`);
      else if (code === 'BAD_USER_INPUT' && !error.extensions?.field) problems.push(`BAD_USER_INPUT without a field: ${error.message}`);
      else if (code === 'BAD_USER_INPUT' && !namesAField(operation, error.extensions!.field!)) {
        problems.push(`BAD_USER_INPUT names "${error.extensions?.field}", which is no field of ${operation.name}'s input: ${error.message}`);
      }
    }
    if (errors.length > 0 || operation.kind === 'query') {
      const changed = tables.filter((table) => after[table] !== before[table]);
      if (changed.length) problems.push(`wrote to ${changed.join(', ')} although ${errors.length ? 'refused' : 'a query'}`);
    }
    const outcome = errors.length ? String(errors[0].extensions?.code) : 'OK';
    stats[operation.name] ??= {};
    stats[operation.name][outcome] = (stats[operation.name][outcome] ?? 0) + 1;
    if (problems.length) {
      const shown = JSON.stringify(variables, (_key, value) =>
        typeof value === 'string' && value.length > 80 ? `${value.slice(0, 20)}…(${value.length} chars)` : value,
      );
      throw new Error(`${operation.name} as ${who} with ${shown}:\n  ${problems.join('\n  ')}\n  errors: ${JSON.stringify(errors)}`);
    }
  }

  function contextFor(operation: RootOperation): ArbitraryContext {
    return {
      idsByKind: fixture.idsByKind,
      foreignIds: fixture.foreignIds,
      strings: fixture.strings,
      kindOf: (path: string[]) => idKind(operation, path),
    };
  }

  /** Random calls: mostly valid inputs with a hostile value here and there, some entirely valid. */
  async function fuzz(operation: RootOperation, runs: number): Promise<void> {
    const document = documentFor(operation, SELECTION);
    const context = contextFor(operation);
    const args = fc.oneof(
      { weight: 1, arbitrary: argumentsArbitrary(operation.field.args, context, 'valid') },
      { weight: 3, arbitrary: argumentsArbitrary(operation.field.args, context, 'mixed') },
    );
    await fc.assert(
      fc.asyncProperty(actorArbitrary(), args, (who, variables) => check(operation, document, who, variables)),
      { numRuns: runs, seed: SEED, endOnFailure: true },
    );
  }

  /** Systematic: a complete valid input, then each of its leaves in turn set to each edge value. */
  async function sweep(operation: RootOperation): Promise<void> {
    const document = documentFor(operation, SELECTION);
    const context = contextFor(operation);
    const [baseline] = fc.sample(argumentsArbitrary(operation.field.args, context, 'complete'), { numRuns: 1, seed: SEED ?? 7 });
    const failures: string[] = [];
    const attempt = async (variables: Record<string, unknown>) => {
      try {
        await check(operation, document, 'leader', variables);
      } catch (error) {
        failures.push((error as Error).message);
      }
    };
    await attempt(baseline);
    for (const leaf of leavesOf(operation.field.args, baseline)) {
      for (const value of edgeValues(leaf, context)) await attempt(setAt(baseline, leaf.path, value));
    }
    expect(failures).toEqual([]);
  }

  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(20);
  });

  it.each(mutations.map((op) => [op.name, op] as const))('mutation %s: random inputs', async (_name, operation) => fuzz(operation, RUNS), 60_000);

  it.each(mutations.map((op) => [op.name, op] as const))('mutation %s: edge value in each field', async (_name, operation) => sweep(operation), 60_000);

  it.each(queries.map((op) => [op.name, op] as const))('query %s writes nothing', async (_name, operation) => fuzz(operation, QUERY_RUNS), 60_000);
});
