// Every field that takes an `after` cursor — found in schema.gql, so a connection added later is
// covered without touching this file — answers a malformed cursor with one BAD_USER_INPUT error
// naming `after`, never an internal error and never a page: bad base64, the wrong shape, odd
// timestamps, invalid ids, another version, another connection's cursor, and every value inside a
// real cursor swapped for a bad one.
import { randomUUID } from 'node:crypto';
import { getNamedType, isInputObjectType, isNonNullType, isObjectType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { startTestApp, type TestApp } from './support/app.js';
import { createRetainer, logTime } from './support/engagement.js';
import { createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlRaw, type GqlResult } from './support/graphql.js';
import { GENERATE, setSellerDetails } from './support/invoicing.js';
import { idKind, loadSchema, rootOperations, variableDefinitions, type EntityKind, type RootOperation } from './support/schema-walk.js';

const schema = loadSchema();

/** Every field of every object type with an `after` argument; only root query fields can be called here. */
function pagedFields(): { operations: RootOperation[]; unreachable: string[] } {
  const roots = new Set(
    rootOperations(schema)
      .filter((op) => op.kind === 'query')
      .map((op) => op.field),
  );
  const operations = rootOperations(schema).filter((op) => op.field.args.some((arg) => arg.name === 'after'));
  const unreachable: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => arg.name === 'after') && !roots.has(field)) unreachable.push(`${type.name}.${field.name}`);
    }
  }
  return { operations, unreachable };
}

/** A value for every required argument: the leader's own ids, required input fields filled. */
function requiredValue(type: GraphQLInputType, operation: RootOperation, at: string[], own: Partial<Record<EntityKind, string>>): unknown {
  if (!isNonNullType(type)) return undefined;
  const named = getNamedType(type);
  if (named.name === 'ID') return own[idKind(operation, at)];
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .map((field) => [field.name, requiredValue(field.type, operation, [...at, field.name], own)])
        .filter(([, value]) => value !== undefined),
    );
  }
  throw new Error(`No value for the required ${String(type)} at ${operation.name}(${at.join('.')}): teach cursors.int-spec.ts.`);
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const returned = getNamedType(field.type);
  if (!isObjectType(returned) || !returned.getFields().pageInfo) throw new Error(`${field.name} takes after but returns no pageInfo.`);
  return `query (${variableDefinitions(field.args)}) { ${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) { pageInfo { hasNextPage endCursor } } }`;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const json = (value: unknown) => base64url(JSON.stringify(value));

/** Cursors no list could have returned, whatever its format. */
const MALFORMED: Array<[string, string]> = [
  ['empty', ''],
  ['plain text', 'garbage'],
  ['not base64url', '!!!!####'],
  ['base64 with padding and "+/"', 'ab+/cd=='],
  ['base64url with a space', `${json({ a: 1 })} `],
  ['very long', 'A'.repeat(20_000)],
  ['not JSON', base64url('not json at all')],
  ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('base64url')],
  ['JSON null', json(null)],
  ['JSON number', json(12)],
  ['JSON string', json('cursor')],
  ['JSON empty object', json({})],
  ['JSON empty array', json([])],
  ['the old log format', base64url('seq:1')],
  ['an old meetings cursor with an odd timestamp', json(['1', '00000000-0000-4000-8000-000000000000'])],
  ['an old time-entries cursor with an odd timestamp', json(['2026-03-03', 'March 7, 2026', '00000000-0000-4000-8000-000000000000'])],
  ['an old invoices cursor with an odd timestamp', json(['2026-03', '2026', '00000000-0000-4000-8000-000000000000'])],
];

/** Values no cursor field may hold: not a version, a connection, a timestamp, a date, a month, a uuid or a sequence number. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53,
  1e300,
  '',
  'x',
  '1',
  '2026',
  '2026-13',
  'March 7, 2026',
  '2026-02-30T09:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-03-12T24:00:00.000Z',
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-0000-0000-000000000000}',
  "'; SELECT pg_sleep(1); --",
  {},
  [],
  ['00000000-0000-4000-8000-000000000000'],
];

/** The JSON inside a cursor with each leaf in turn replaced by each bad value (nothing if it holds no JSON). */
function mutations(cursor: string): Array<[string, string]> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return [];
  }
  const out: Array<[string, string]> = [];
  const visit = (value: unknown, replace: (next: unknown) => unknown, at: string) => {
    if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        visit(
          (value as Record<string, unknown>)[key],
          (next) => {
            const copy: any = Array.isArray(value) ? [...value] : { ...value };
            copy[key] = next;
            return replace(copy);
          },
          `${at}.${key}`,
        );
      }
      return;
    }
    for (const bad of BAD_VALUES) out.push([`${at} = ${JSON.stringify(bad)}`, json(replace(bad))]);
  };
  visit(payload, (next) => next, '$');
  if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) {
    for (const [key, value] of Object.entries(payload))
      if (typeof value === 'number') out.push([`another version ${key}: ${value + 1}`, json({ ...payload, [key]: value + 1 })]);
    out.push(['an extra property', json({ ...payload, extra: 1 })]);
  }
  return out;
}

describe('malformed cursors, for every field that takes one', () => {
  let app: TestApp;
  let leader: Actor;
  const own: Partial<Record<EntityKind, string>> = {};
  const { operations, unreachable } = pagedFields();
  /** A real endCursor of each paged field, with more to come after it. */
  const real = new Map<string, string>();

  function variablesFor(operation: RootOperation, after: string | null, first?: number): Record<string, unknown> {
    const variables: Record<string, unknown> = { after };
    if (first !== undefined) variables.first = first;
    for (const arg of operation.field.args) {
      const value = requiredValue(arg.type, operation, [arg.name], own);
      if (value !== undefined) variables[arg.name] = value;
    }
    return variables;
  }

  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
    await setSellerDetails(app, leader);
    const client = await createClient(app, leader);
    own.Client = client.id;
    const retainer = await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    own.Retainer = retainer.id;
    await logTime(app, leader, retainer.id, '2026-02-03', 60);
    await logTime(app, leader, retainer.id, '2026-03-03', 45);
    for (const day of ['12', '13']) {
      await gql(
        app,
        `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            clientId: client.id,
            kind: 'BOARD',
            title: 'Board',
            startsAt: `2026-03-${day}T09:00:00Z`,
            endsAt: `2026-03-${day}T10:00:00Z`,
            attendees: ['CEO'],
            agenda: 'Roadmap',
          },
        },
        leader.token,
      );
    }
    for (const title of ['Hiring plan agreed', 'Vendor risk']) {
      await gql(
        app,
        `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id } }`,
        { input: { clientId: client.id, kind: 'DECISION', title, body: 'Agreed in the board meeting.' } },
        leader.token,
      );
    }
    for (const month of ['2026-02', '2026-03']) await gql(app, GENERATE, { month }, leader.token);
    // Two invitations: two e-mails in the outbox, so that it has a second page too.
    for (const who of ['first', 'second']) {
      await gql(
        app,
        `mutation ($e: String!) { inviteMember(input: { email: $e, role: ACCOUNTANT }) { id } }`,
        { e: `${who}-${randomUUID().slice(0, 6)}@invitee.example` },
        leader.token,
      );
    }
    for (const operation of operations) {
      const page = await gql(app, documentFor(operation.field), variablesFor(operation, null, 1), leader.token);
      const { pageInfo } = page[operation.name];
      if (!pageInfo.hasNextPage || !pageInfo.endCursor) throw new Error(`The leader has too little data for a second page of ${operation.name}.`);
      real.set(operation.name, pageInfo.endCursor);
    }
  }, 60_000);
  afterAll(() => app.close());

  it('finds the paged fields in the schema, all reachable from Query', () => {
    expect(operations.map((op) => op.name)).toEqual(expect.arrayContaining(['accountabilityLog', 'invoices', 'meetings', 'timeEntries']));
    expect(unreachable).toEqual([]);
  });

  it('pages on with a real cursor (the leader has data)', async () => {
    for (const operation of operations) {
      const result = await gqlRaw(app, documentFor(operation.field), variablesFor(operation, real.get(operation.name)!, 1), leader.token);
      expect({ field: operation.name, errors: result.errors }).toEqual({ field: operation.name, errors: undefined });
    }
  });

  function problemOf(result: GqlResult): string | null {
    const errors = result.errors ?? [];
    const only = errors.length === 1 ? errors[0]! : null;
    if (only && only.extensions?.code === 'BAD_USER_INPUT' && only.extensions.field === 'after' && result.data === null) return null;
    return JSON.stringify({ status: result.status, data: result.data, errors: errors.map((e) => ({ message: e.message, extensions: e.extensions })) });
  }

  it.each(operations.map((op) => [op.name, op] as const))(
    '%s answers BAD_USER_INPUT on after, and nothing else, to every malformed cursor',
    async (name, operation) => {
      const document = documentFor(operation.field);
      const cases: Array<[string, string]> = [
        ...MALFORMED,
        ...[...real].filter(([other]) => other !== name).map(([other, cursor]): [string, string] => [`a cursor of ${other}`, cursor]),
        ...mutations(real.get(name)!),
      ];
      const problems: string[] = [];
      for (const [label, cursor] of cases) {
        const problem = problemOf(await gqlRaw(app, document, variablesFor(operation, cursor), leader.token));
        if (problem) problems.push(`${label}: ${problem}`);
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
