// Who may read what, checked everywhere a response can carry it, generated from schema.gql so that
// a new type, field or operation is covered without touching this file. The expectations come from
// one reviewed table, read-access.json (per object type, and per field where a field is narrower
// than its type, the roles that may read it), with the roles per root operation of
// operation-access.json:
// (a) every root operation, as every role, with the caller's own ids: a role that may not call it
//     (its operation roles, and reading what it returns) is answered FORBIDDEN, any other never
//     FORBIDDEN, UNAUTHENTICATED or NOT_FOUND;
// (b) for every role and every query the role may call, selections reaching every object field
//     six levels deep (split to stay within QUERY_LIMITS): a field the role may read answers
//     without an error, one it may not answers FORBIDDEN with null there — and the data the
//     accountant and the client viewer get holds none of the marked text they must not see
//     (meetings, private notes, deliverables, the log, time; another client's anything; a
//     non-billable entry).
// read-access.json must equal src/access/read-policy.ts: change both, or regenerate the JSON with
// UPDATE_ACCESS_SNAPSHOT=true, so that a change of access shows in review.
// Ids of other clients and workspaces are scope-attacks.int-spec.ts's part.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  getNamedType,
  isLeafType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLObjectType,
  type ValidationContext,
} from 'graphql';
import { READ_POLICY } from '../src/access/read-policy.js';
import { QUERY_LIMITS } from '../src/app.module.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createRetainer, logTime } from './support/engagement.js';
import { addMember, createClient, PASSWORD, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlRaw, type GqlResult } from './support/graphql.js';
import { GENERATE, ISSUE, setNow, setSellerDetails } from './support/invoicing.js';
import { plainArguments, type Ids } from './support/plain-values.js';
import { documentFor, loadSchema, rootOperations, variableDefinitions, type RootOperation } from './support/schema-walk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const readAccessPath = path.join(here, 'read-access.json');
const READ_ACCESS: Record<string, string[]> = JSON.parse(readFileSync(readAccessPath, 'utf8'));
const OPERATION_ACCESS: Record<string, string[]> = JSON.parse(readFileSync(path.join(here, 'operation-access.json'), 'utf8'));

const ROLES = ['LEADER', 'ACCOUNTANT', 'CLIENT_VIEWER'] as const;
type RoleName = (typeof ROLES)[number];

const schema = loadSchema();
const QUERY = schema.getQueryType()!;
const MUTATION = schema.getMutationType()!;
const operations = rootOperations(schema);
const rootTypeOf = (operation: RootOperation) => (operation.kind === 'query' ? QUERY : MUTATION);
const keyOf = (operation: RootOperation) => `${rootTypeOf(operation).name}.${operation.name}`;

function allows(entry: string[] | undefined, role: RoleName): boolean {
  return !entry || entry.includes('PUBLIC') || entry.includes(role);
}

/** A field's readers: its own entry where the table narrows it, and its named type's for an object type. */
function mayRead(role: RoleName, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  if (isObjectType(named) && !READ_ACCESS[named.name]) throw new Error(`read-access.json has no entry for ${named.name}: decide who may read it.`);
  return allows(READ_ACCESS[`${parent.name}.${field.name}`], role) && (!isObjectType(named) || allows(READ_ACCESS[named.name], role));
}

/** A root operation is open to a role when its roles (operation-access.json) and what it returns (read-access.json) both are. */
function mayCall(role: RoleName, operation: RootOperation): boolean {
  const roles = OPERATION_ACCESS[keyOf(operation)] ?? [];
  return (roles.includes('PUBLIC') || roles.includes(role)) && mayRead(role, rootTypeOf(operation), operation.field);
}

/** The schema field a response path names: ['timeEntries', 'nodes', 0, 'meeting'] is TimeEntry.meeting. */
function fieldAt(root: GraphQLObjectType, at: ReadonlyArray<string | number>): { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> } {
  let parent = root;
  let field: GraphQLField<unknown, unknown> | undefined;
  for (const segment of at) {
    if (typeof segment === 'number') continue;
    if (field) parent = getNamedType(field.type) as GraphQLObjectType;
    field = parent.getFields()[segment];
    if (!field) throw new Error(`No field ${segment} on ${parent.name} (path ${at.join('.')})`);
  }
  return { parent, field: field! };
}

function valueAt(data: unknown, at: ReadonlyArray<string | number>): unknown {
  return at.reduce<any>((value, key) => (value == null ? undefined : value[key]), data);
}

const samePath = (a: ReadonlyArray<string | number> | undefined, b: ReadonlyArray<string | number>) =>
  !!a && a.length === b.length && a.every((part, i) => part === b[i]);

// ---- Selections reaching every object field, split into documents within the query limits ----

const NESTED_ARGUMENTS: Record<string, string> = { month: '"2026-03"', from: '"2026-03"', to: '"2026-04"' };

interface Selection {
  field: GraphQLField<unknown, unknown>;
  parent: GraphQLObjectType;
  args: string;
  leaves: string[];
  children: Selection[];
}

function selectionTree(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: string, depth: number, maxDepth: number): Selection {
  const type = getNamedType(field.type) as GraphQLObjectType;
  const selection: Selection = { field, parent, args, leaves: [], children: [] };
  for (const inner of Object.values(type.getFields())) {
    const required = inner.args.filter((arg) => arg.type.toString().endsWith('!') && arg.defaultValue === undefined);
    const innerArgs = required.length
      ? `(${required
          .map((arg) => {
            if (!NESTED_ARGUMENTS[arg.name]) throw new Error(`No value for ${type.name}.${inner.name}(${arg.name}:): add one to NESTED_ARGUMENTS.`);
            return `${arg.name}: ${NESTED_ARGUMENTS[arg.name]}`;
          })
          .join(', ')})`
      : '';
    if (isLeafType(getNamedType(inner.type))) selection.leaves.push(`${inner.name}${innerArgs}`);
    else if (depth < maxDepth) selection.children.push(selectionTree(type, inner, innerArgs, depth + 1, maxDepth));
  }
  return selection;
}

function render(selection: Selection, children: Selection[], withLeaves: boolean): string {
  const parts = ['__typename', ...(withLeaves ? selection.leaves : []), ...children.map((child) => render(child, child.children, true))];
  return `${selection.field.name}${selection.args} { ${parts.join(' ')} }`;
}

/** Object fields (and fields the table narrows) in a selection, as Type.field. */
function fieldsIn(selection: Selection, into = new Set<string>()): Set<string> {
  const type = getNamedType(selection.field.type) as GraphQLObjectType;
  for (const child of selection.children) {
    into.add(`${type.name}.${child.field.name}`);
    fieldsIn(child, into);
  }
  for (const leaf of selection.leaves) if (READ_ACCESS[`${type.name}.${leaf}`]) into.add(`${type.name}.${leaf}`);
  return into;
}

const REPORT = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};
const LIMIT_RULES = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...REPORT }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...REPORT }),
  costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ...REPORT }),
];
const withinLimits = (document: string) => validate(schema, parse(document), LIMIT_RULES).length === 0;

/** Documents that together select the whole tree below `chain`, each within the query limits. */
function documentsFor(operation: RootOperation, chain: Selection[], node: Selection): string[] {
  const definitions = operation.field.args.length ? `(${variableDefinitions(operation.field.args)})` : '';
  const wrap = (inner: string) =>
    `${operation.kind} ${definitions} { ${chain.reduceRight((acc, outer) => `${outer.field.name}${outer.args} { __typename ${acc} }`, inner)} }`;
  const whole = wrap(render(node, node.children, true));
  if (withinLimits(whole)) return [whole];
  const documents: string[] = [];
  let group: Selection[] = [];
  let leaves = true;
  const emit = () => {
    if (group.length || leaves) documents.push(wrap(render(node, group, leaves)));
    group = [];
    leaves = false;
  };
  for (const child of node.children) {
    if (withinLimits(wrap(render(node, [...group, child], leaves)))) {
      group.push(child);
      continue;
    }
    emit();
    if (withinLimits(wrap(render(node, [child], false)))) group = [child];
    else documents.push(...documentsFor(operation, [...chain, node], child));
  }
  emit();
  return documents;
}

const DEPTH = 6;

function rootSelection(operation: RootOperation): Selection {
  const call = operation.field.args.length ? `(${operation.field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  return selectionTree(rootTypeOf(operation), operation.field, call, 0, DEPTH);
}

// ---- Checking a response against the table ----

interface Findings {
  problems: string[];
  /** Type.field answered with data (an object, a non-empty list, or a narrowed field's value). */
  reached: Set<string>;
  /** Type.field answered FORBIDDEN where the table denies it. */
  refused: Set<string>;
}

/**
 * Every error must be FORBIDDEN at a field the table denies the role, with no data there; every
 * field the table denies that the data reaches must carry that error.
 */
function checkResponse(role: RoleName, operation: RootOperation, result: GqlResult, findings: Findings, label: string): void {
  const root = rootTypeOf(operation);
  const errors = result.errors ?? [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!error.path) {
      findings.problems.push(`${label}: ${code} without a path: ${error.message}`);
      continue;
    }
    const { parent, field } = fieldAt(root, error.path);
    const where = `${label} at ${error.path.join('.')} (${parent.name}.${field.name})`;
    if (mayRead(role, parent, field)) findings.problems.push(`${where}: readable by ${role} per read-access.json, but answered ${code}: ${error.message}`);
    else if (code !== 'FORBIDDEN') findings.problems.push(`${where}: denied to ${role}, but answered ${code} instead of FORBIDDEN`);
    else findings.refused.add(`${parent.name}.${field.name}`);
    if (valueAt(result.data, error.path) != null) findings.problems.push(`${where}: answered ${code}, yet carries data`);
  }
  const refusedAt = (at: Array<string | number>) => errors.some((error) => error.extensions?.code === 'FORBIDDEN' && samePath(error.path, at));
  const rootPath = [operation.name];
  if (!mayRead(role, root, operation.field)) {
    if (!refusedAt(rootPath))
      findings.problems.push(`${label}: ${role} may not read ${getNamedType(operation.field.type).name}, yet ${operation.name} answered without FORBIDDEN`);
    if (result.data?.[operation.name] != null)
      findings.problems.push(`${label}: ${role} may not read ${getNamedType(operation.field.type).name}, yet got data`);
    // Walked all the same, so that a failure names every field that leaks.
  }
  const walk = (value: unknown, type: GraphQLObjectType, at: Array<string | number>) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, type, [...at, index]));
      return;
    }
    if (value == null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === '__typename') continue;
      const field = type.getFields()[key];
      const named = getNamedType(field.type);
      const innerAt = [...at, key];
      const name = `${type.name}.${key}`;
      if (!mayRead(role, type, field)) {
        if (!refusedAt(innerAt))
          findings.problems.push(
            `${label} at ${innerAt.join('.')}: ${name} is denied to ${role}, yet answered without FORBIDDEN: ${JSON.stringify(inner)?.slice(0, 200)}`,
          );
        if (isObjectType(named)) walk(inner, named, innerAt);
        continue;
      }
      const answered = inner != null && !(Array.isArray(inner) && inner.length === 0);
      if (answered && (isObjectType(named) || READ_ACCESS[name])) findings.reached.add(name);
      if (isObjectType(named)) walk(inner, named, innerAt);
    }
  };
  walk(result.data?.[operation.name], getNamedType(operation.field.type) as GraphQLObjectType, rootPath);
}

// ---- Data: clients whose every text carries a marker saying what it is ----

const KINDS = ['time', 'nonbill', 'meet', 'private', 'deliv', 'log'] as const;

interface Tenant {
  marker: string;
  ids: Ids;
  issued: string;
}

/**
 * One client with something behind every object field: a retainer with an amendment and an
 * adjustment, a delivered and an overdue deliverable, billable time (on a deliverable) and
 * non-billable time, a held meeting (shared and private notes, its time, a decision, an overdue
 * action item), a held meeting whose time is non-billable, a future meeting, an action item with
 * a status change. Texts say what they are: `${marker}-meet`, `${marker}-private`, …
 */
async function buildTenant(app: TestApp, leader: Actor, marker: string): Promise<Tenant> {
  const run = (query: string, variables: Record<string, unknown>) => gql(app, query, variables, leader.token);
  const client = await createClient(app, leader, { name: `${marker}-client Client`, legalName: `${marker}-client GmbH` });
  const retainer = await createRetainer(app, leader, client.id, { title: `${marker} CTO`, startMonth: '2026-01' });
  await run(`mutation ($input: AmendAllocationInput!) { amendAllocation(input: $input) { id } }`, {
    input: { retainerId: retainer.id, effectiveMonth: '2026-05', daysPerMonth: 3, monthlyFeeMinor: 300_000 },
  });
  await run(`mutation ($input: AdjustAllocationInput!) { adjustAllocation(input: $input) { id } }`, {
    input: { retainerId: retainer.id, month: '2026-03', days: 1, reason: `${marker} extra workshop` },
  });
  const deliverable = async (title: string, dueDate: string, status: string) => {
    const { createDeliverable } = await run(`mutation ($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`, {
      input: { clientId: client.id, retainerId: retainer.id, title: `${marker}-deliv ${title}`, description: `${marker}-deliv ${title} plan`, dueDate },
    });
    await run(`mutation ($id: ID!, $status: DeliverableStatus!) { setDeliverableStatus(id: $id, status: $status) { id } }`, {
      id: createDeliverable.id,
      status,
    });
    return createDeliverable.id as string;
  };
  const delivered = await deliverable('roadmap', '2026-06-01', 'DELIVERED');
  await deliverable('migration', '2026-06-15', 'IN_PROGRESS');
  const entry = await logTime(app, leader, retainer.id, '2026-03-03', 45, { description: `${marker}-time review`, deliverableId: delivered });
  await logTime(app, leader, retainer.id, '2026-03-04', 30, { description: `${marker}-nonbill admin`, billable: false });
  const schedule = async (title: string, startsAt: string, endsAt: string) =>
    (
      await run(`mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        input: {
          clientId: client.id,
          kind: 'BOARD',
          title: `${marker}-meet ${title}`,
          startsAt,
          endsAt,
          attendees: [`${marker}-meet CEO`],
          agenda: `${marker}-meet agenda`,
        },
      })
    ).scheduleMeeting.id as string;
  const upcoming = await schedule('board', '2027-01-12T09:00:00Z', '2027-01-12T10:00:00Z');
  const record = async (meetingId: string, extra: Record<string, unknown>) =>
    (
      await run(`mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id timeEntry { id } } }`, {
        input: { meetingId, retainerId: retainer.id, sharedNotes: `${marker}-meet notes`, decisions: [], actionItems: [], ...extra },
      })
    ).recordMeeting;
  await record(await schedule('steering', '2026-03-13T09:00:00Z', '2026-03-13T10:00:00Z'), {
    privateNotes: `${marker}-private notes`,
    decisions: [`${marker}-log decision`],
    actionItems: [{ title: `${marker}-log follow-up`, owner: `${marker}-log owner`, dueDate: '2026-04-01' }],
  });
  // Time the leader does not bill: the meeting stays visible to the client, its time does not.
  const internal = await record(await schedule('prep', '2026-03-20T09:00:00Z', '2026-03-20T10:00:00Z'), { privateNotes: `${marker}-private prep` });
  await run(`mutation ($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) { id } }`, {
    input: { id: internal.timeEntry.id, billable: false, description: `${marker}-nonbill prep` },
  });
  const actionItem = async (title: string) =>
    (
      await run(`mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id } }`, {
        input: {
          clientId: client.id,
          kind: 'ACTION_ITEM',
          title: `${marker}-log ${title}`,
          body: `${marker}-log body`,
          owner: `${marker}-log owner`,
          dueDate: '2026-05-01',
        },
      })
    ).appendLogEntry.id as string;
  const action = await actionItem('open action');
  await run(`mutation ($id: ID!) { setActionItemStatus(id: $id, status: DONE, note: "done") { id } }`, { id: await actionItem('done action') });
  return {
    marker,
    issued: '',
    ids: {
      Client: client.id,
      Retainer: retainer.id,
      TimeEntry: entry.id,
      Meeting: upcoming,
      Deliverable: delivered,
      LogEntry: action,
      Workspace: leader.workspaceId,
    },
  };
}

/** February issued for every tenant (credited for some, for a credit note to follow), March a draft. */
async function invoiceTenants(app: TestApp, leader: Actor, tenants: Tenant[], credited: Tenant[]): Promise<Record<string, string>> {
  const drafts: Record<string, string> = {};
  const february = (await gql(app, GENERATE, { month: '2026-02' }, leader.token)).generateInvoices as Array<{ id: string; client: { id: string } }>;
  for (const tenant of tenants) {
    const invoice = february.find((i) => i.client.id === tenant.ids.Client)!;
    await gql(app, ISSUE, { id: invoice.id }, leader.token);
    tenant.issued = invoice.id;
    tenant.ids.Invoice = invoice.id;
  }
  for (const tenant of credited) {
    const note = await gql(app, `mutation ($id: ID!) { creditInvoice(id: $id, reason: "Wrong period") { id } }`, { id: tenant.issued }, leader.token);
    tenant.ids.Invoice = note.creditInvoice.id;
  }
  const march = (await gql(app, GENERATE, { month: '2026-03' }, leader.token)).generateInvoices as Array<{ id: string; client: { id: string } }>;
  for (const tenant of tenants) drafts[tenant.marker] = march.find((i) => i.client.id === tenant.ids.Client)!.id;
  return drafts;
}

describe('authorization matrix: every role, every operation, every object field', () => {
  let app: TestApp;
  let leader: Actor;
  let actors: Record<RoleName, Actor>;
  /** The viewer's client, and another client of the same workspace. */
  let viewed: Tenant;
  let other: Tenant;
  /** For (a): each role's own data, so that one role's changes do not decide another's answers. */
  let own: Record<RoleName, Ids>;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '1000' });
    setNow(app, '2026-04-02T10:00:00Z');
    leader = await signUpLeader(app);
    await setSellerDetails(app, leader);
    const suffix = randomUUID().slice(0, 8);
    viewed = await buildTenant(app, leader, `VIEWED${suffix}`);
    other = await buildTenant(app, leader, `OTHER${suffix}`);
    const leaders = await buildTenant(app, leader, `LEADS${suffix}`);
    const accountants = await buildTenant(app, leader, `ACCTS${suffix}`);
    const drafts = await invoiceTenants(app, leader, [viewed, other, leaders, accountants], [viewed, other]);
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', viewed.ids.Client);
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    // A pending invitation of a client's CEO, so that PendingInvitation.client has something to show.
    await gql(
      app,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: { email: `pending-ceo-${suffix}@example.test`, role: 'CLIENT_VIEWER', clientId: viewed.ids.Client },
      },
      leader.token,
    );
    actors = { LEADER: leader, ACCOUNTANT: accountant, CLIENT_VIEWER: viewer };
    const [invitation] = (await gql(app, `{ invitations { id } }`, {}, leader.token)).invitations;
    own = {
      // The leader's invoice is a draft, so that issuing it can succeed.
      LEADER: { ...leaders.ids, Invoice: drafts[leaders.marker], Invitation: invitation.id },
      ACCOUNTANT: { ...accountants.ids, Invoice: accountants.issued, Invitation: invitation.id },
      CLIENT_VIEWER: { ...viewed.ids, Invitation: invitation.id },
    };
  }, 180_000);

  afterAll(async () => {
    setNow(app, null);
    await app.close();
  });

  describe('the table', () => {
    it('is the policy the API enforces (src/access/read-policy.ts)', () => {
      const enforced = Object.fromEntries(
        Object.keys(READ_POLICY)
          .sort()
          .map((key) => [key, [...READ_POLICY[key]].sort()]),
      );
      if (process.env.UPDATE_ACCESS_SNAPSHOT === 'true') writeFileSync(readAccessPath, `${JSON.stringify(enforced, null, 2)}\n`);
      expect(enforced).toEqual(JSON.parse(readFileSync(readAccessPath, 'utf8')));
    });

    it('names every object type of the schema, and only fields that exist', () => {
      const objectTypes = Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && !type.name.startsWith('__') && type !== QUERY && type !== MUTATION)
        .map((type) => type.name);
      expect(objectTypes.filter((name) => !READ_ACCESS[name])).toEqual([]);
      const unknown = Object.keys(READ_ACCESS).filter((key) => {
        const [typeName, fieldName] = key.split('.');
        const type = schema.getType(typeName);
        return !isObjectType(type) || (fieldName !== undefined && !type.getFields()[fieldName]);
      });
      expect(unknown).toEqual([]);
    });

    it('lets every role allowed to call an operation read what it returns', () => {
      const mismatches: string[] = [];
      for (const operation of operations) {
        for (const role of ROLES) {
          const roles = OPERATION_ACCESS[keyOf(operation)] ?? [];
          if ((roles.includes(role) || roles.includes('PUBLIC')) && !mayCall(role, operation)) {
            mismatches.push(
              `${keyOf(operation)}: ${role} may call it (operation-access.json) but not read ${getNamedType(operation.field.type).name} (read-access.json)`,
            );
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  });

  // (b) runs first: (a)'s mutations change data.
  describe('(b) every object field a role can reach, six levels deep', () => {
    const bodies: Record<RoleName, string[]> = { LEADER: [], ACCOUNTANT: [], CLIENT_VIEWER: [] };
    const found: Record<RoleName, Findings> = {
      LEADER: { problems: [], reached: new Set(), refused: new Set() },
      ACCOUNTANT: { problems: [], reached: new Set(), refused: new Set() },
      CLIENT_VIEWER: { problems: [], reached: new Set(), refused: new Set() },
    };
    const selected: Record<RoleName, Set<string>> = { LEADER: new Set(), ACCOUNTANT: new Set(), CLIENT_VIEWER: new Set() };

    /** Fields the data cannot reach for a role, and why. */
    const UNREACHABLE: Record<RoleName, Record<string, string>> = {
      LEADER: { 'Membership.client': 'a leader belongs to no client' },
      ACCOUNTANT: { 'Membership.client': 'an accountant belongs to no client' },
      CLIENT_VIEWER: {},
    };

    for (const role of ROLES) {
      it(`answers ${role} per the table at every field`, async () => {
        const callable = operations.filter((operation) => {
          const roles = OPERATION_ACCESS[keyOf(operation)] ?? [];
          return operation.kind === 'query' && (roles.includes(role) || roles.includes('PUBLIC'));
        });
        let documents = 0;
        for (const operation of callable) {
          const root = rootSelection(operation);
          fieldsIn(root, selected[role]);
          const variables = plainArguments(operation, own.CLIENT_VIEWER, { email: actors[role].email, role });
          for (const document of documentsFor(operation, [], root)) {
            documents++;
            const result = await gqlRaw(app, document, variables, actors[role].token);
            bodies[role].push(JSON.stringify(result.data));
            checkResponse(role, operation, result, found[role], `${operation.name} as ${role}`);
          }
        }
        expect(documents).toBeGreaterThanOrEqual(callable.length);
        expect(found[role].problems).toEqual([]);
        // Every field the selections name was answered at least once (with data where the table
        // allows it, FORBIDDEN where it denies it): the data reaches it all.
        const answered = new Set([...found[role].reached, ...found[role].refused]);
        const missed = [...selected[role]].filter((name) => !answered.has(name) && !UNREACHABLE[role][name]).sort();
        expect(missed).toEqual([]);
      }, 240_000);
    }

    it('shows the accountant invoicing data and nothing of meetings, deliverables, the log or time', () => {
      const body = bodies.ACCOUNTANT.join('\n');
      expect(body).toContain(`${viewed.marker}-client GmbH`);
      const seen = [viewed, other].flatMap((tenant) => KINDS.map((kind) => `${tenant.marker}-${kind}`)).filter((text) => body.includes(text));
      expect(seen).toEqual([]);
    });

    it('shows the client viewer their billable time, meetings and log, but no non-billable time, no private notes, no other client', () => {
      const body = bodies.CLIENT_VIEWER.join('\n');
      expect(['time', 'meet', 'deliv', 'log'].filter((kind) => !body.includes(`${viewed.marker}-${kind}`))).toEqual([]);
      const seen = [`${viewed.marker}-nonbill`, `${viewed.marker}-private`, other.marker].filter((text) => body.includes(text));
      expect(seen).toEqual([]);
    });

    it('shows the leader everything, private notes and non-billable time included', () => {
      const body = bodies.LEADER.join('\n');
      expect(KINDS.filter((kind) => !body.includes(`${viewed.marker}-${kind}`))).toEqual([]);
    });
  });

  describe('(a) every root operation as every role, with the caller’s own ids', () => {
    // Mutations change data: ending things comes late (a meeting is recorded before one is
    // cancelled), deleting and archiving last, so that nothing needed later is gone. Answers such
    // as CONFLICT (a month invoiced meanwhile) are allowed: they are not refusals.
    // Ending a session comes with a session of its own (signed in for it), so the caller's token
    // lives on for the operations after it.
    const ENDS_SESSIONS = new Set(['logOut', 'logOutEverywhere', 'changePassword', 'revokeSession']);
    const last = (operation: RootOperation) =>
      ENDS_SESSIONS.has(operation.name) ? 3 : /^(delete|archive)/.test(operation.name) ? 2 : /^cancel/.test(operation.name) ? 1 : 0;
    const ordered = [...operations].sort((a, b) => last(a) - last(b));
    const SELECTION = { depth: 2, argumentValue: (_type: unknown, name: string) => (name === 'to' ? '2026-04' : '2026-03') };

    for (const role of ROLES) {
      it(`answers ${role} FORBIDDEN exactly where the tables say`, async () => {
        const problems: string[] = [];
        const findings: Findings = { problems, reached: new Set(), refused: new Set() };
        const actor = actors[role];
        let succeeded = 0;
        for (const operation of ordered) {
          let variables = plainArguments(operation, own[role], { email: actor.email, role }, { allIds: true });
          if (operation.name === 'acceptInvitation') {
            const invited = await gql(
              app,
              `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
              {
                input: { email: `invitee-${randomUUID().slice(0, 8)}@example.test`, role: 'ACCOUNTANT' },
              },
              leader.token,
            );
            variables = { input: { ...(variables.input as object), token: invited.inviteMember.token } };
          }
          let token = actor.token;
          if (ENDS_SESSIONS.has(operation.name)) {
            token = (await gql(app, `mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: actor.email, p: PASSWORD }))
              .logIn.accessToken;
            if (operation.name === 'revokeSession')
              variables = { id: (await gql(app, `{ sessions { id current } }`, {}, token)).sessions.find((s: { current: boolean }) => s.current).id };
            if (operation.name === 'changePassword') variables = { currentPassword: PASSWORD, newPassword: PASSWORD };
          }
          const result = await gqlRaw(app, documentFor(operation, SELECTION), variables, token);
          const label = `${operation.name} as ${role}`;
          const atRoot = (result.errors ?? []).filter((error) => !error.path || error.path.length === 1);
          if (mayCall(role, operation)) {
            const refused = atRoot.filter((error) =>
              ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR'].includes(error.extensions?.code ?? ''),
            );
            if (refused.length) problems.push(`${label}: allowed, yet answered ${JSON.stringify(refused)}`);
            if (atRoot.length === 0) succeeded++;
            // Below the root, the same rules as (b).
            if (result.data?.[operation.name] != null)
              checkResponse(role, operation, { ...result, errors: (result.errors ?? []).filter((e) => (e.path?.length ?? 0) > 1) }, findings, label);
          } else {
            const codes = (result.errors ?? []).map((error) => `${error.extensions?.code}@${error.path?.join('.')}`);
            if (codes.length !== 1 || codes[0] !== `FORBIDDEN@${operation.name}`)
              problems.push(`${label}: expected FORBIDDEN, got ${JSON.stringify(result.errors ?? result.data).slice(0, 400)}`);
            if (result.data?.[operation.name] != null) problems.push(`${label}: refused, yet got data`);
          }
        }
        // logOutEverywhere and changePassword ended every session of the actor: sign in again for
        // the runs after this one (the leader's token also sets up the other roles' runs).
        actor.token = (
          await gql(app, `mutation ($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: actor.email, p: PASSWORD })
        ).logIn.accessToken;
        expect(problems).toEqual([]);
        expect(succeeded).toBeGreaterThan(3);
      }, 120_000);
    }
  });
});
