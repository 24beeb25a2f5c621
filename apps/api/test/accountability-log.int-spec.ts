// The accountability log over HTTP: who may read and write what, validation, paging, the hash
// chain recomputed independently from what the API shows, concurrent appends, and the database
// refusing to change or remove an entry.
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { withUnitOfWork, type Principal } from '../src/database/request-scope.js';
import { LogService } from '../src/modules/log/log.service.js';
import { startTestApp, type TestApp } from './support/app.js';
import { testDatabaseUrl } from './support/database.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';

const ENTRY = `id seq kind title body owner dueDate actionStatus occurredAt prevHash hash
  client { id } author { id name } refersTo { id kind actionStatus }`;
const APPEND = `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { ${ENTRY} } }`;
const LOG = `query ($clientId: ID!, $kinds: [LogKind!], $first: Int, $after: String) {
  accountabilityLog(clientId: $clientId, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} }
  }
}`;
const VERIFY = `query ($clientId: ID!) { verifyAccountabilityLog(clientId: $clientId) { ok entryCount headHash firstBrokenSeq } }`;
const SET_STATUS = `mutation ($id: ID!, $status: ActionStatus!, $note: String) {
  setActionItemStatus(id: $id, status: $status, note: $note) { ${ENTRY} }
}`;
const GENESIS = '0'.repeat(64);

/** The canonical JSON of docs/rules.md (rule 23), written here from the rules, independently of libs/domain. */
function canonical(entry: any): string {
  const occurredAt = new Date(entry.occurredAt).toISOString();
  return (
    `{"authorId":${JSON.stringify(entry.author?.id ?? null)},"body":${JSON.stringify(entry.body)},` +
    `"clientId":${JSON.stringify(entry.client.id)},"dueDate":${JSON.stringify(entry.dueDate ?? null)},` +
    `"kind":${JSON.stringify(entry.kind)},"occurredAt":${JSON.stringify(occurredAt)},` +
    `"owner":${JSON.stringify(entry.owner ?? null)},"refersToId":${JSON.stringify(entry.refersTo?.id ?? null)},` +
    `"seq":${entry.seq},"title":${JSON.stringify(entry.title)}}`
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('accountability log', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let leader: Actor;
  let viewer: Actor;
  let accountant: Actor;
  let other: Actor;
  let client: { id: string };
  let sibling: { id: string };
  let foreign: { id: string };

  async function fullLog(clientId: string, token = leader.token): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await gql(app, LOG, { clientId, first: 200, after }, token);
      nodes.push(...data.accountabilityLog.nodes);
      if (!data.accountabilityLog.pageInfo.hasNextPage) break;
      after = data.accountabilityLog.pageInfo.endCursor;
    }
    return nodes.sort((a, b) => a.seq - b.seq);
  }

  async function count(clientId: string): Promise<number> {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM log_entries WHERE client_id = $1`, [clientId]);
    return n;
  }

  function append(input: Record<string, unknown>, token = leader.token) {
    return gql(app, APPEND, { input: { body: '', ...input } }, token).then((data) => data.appendLogEntry);
  }

  function principalOf(actor: Actor, role: Principal['role'] = 'LEADER', clientId: string | null = null): Principal {
    return { userId: actor.userId, membershipId: 'n/a', workspaceId: actor.workspaceId, role, clientId };
  }

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = await createDataSource(testDatabaseUrl(), 2).initialize();
    leader = await signUpLeader(app, { name: 'Lee Leader' });
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

  it('lets the leader append every kind but STATUS_CHANGE and SYSTEM, chaining seq and hashes', async () => {
    const c = await createClient(app, leader);
    const kinds = ['DECISION', 'COMMITMENT', 'ACTION_ITEM', 'RISK', 'OUTCOME', 'NOTE', 'COMMENT'];
    const entries = [];
    for (const kind of kinds) {
      entries.push(
        await append({
          clientId: c.id,
          kind,
          title: `A ${kind.toLowerCase()}`,
          body: `Body of the ${kind}`,
          owner: kind === 'ACTION_ITEM' || kind === 'COMMITMENT' ? 'Jana Nováková' : null,
          dueDate: kind === 'ACTION_ITEM' ? '2026-05-15' : null,
        }),
      );
    }
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(entries[0].prevHash).toBe(GENESIS);
    for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
    expect(entries[2]).toMatchObject({
      kind: 'ACTION_ITEM',
      owner: 'Jana Nováková',
      dueDate: '2026-05-15',
      actionStatus: 'OPEN',
      client: { id: c.id },
      author: { id: leader.userId, name: 'Lee Leader' },
      refersTo: null,
    });
    expect(entries[0].actionStatus).toBeNull();
    expect(entries[0].occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(await gql(app, VERIFY, { clientId: c.id }, leader.token)).toEqual({
      verifyAccountabilityLog: { ok: true, entryCount: 7, headHash: entries[6].hash, firstBrokenSeq: null },
    });
  });

  it('refuses STATUS_CHANGE and SYSTEM from appendLogEntry, and bad input naming the field, writing nothing', async () => {
    const c = await createClient(app, leader);
    const decision = await append({ clientId: c.id, kind: 'DECISION', title: 'Use PostgreSQL' });
    const otherClientEntry = await append({ clientId: sibling.id, kind: 'NOTE', title: 'Elsewhere' });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'STATUS_CHANGE', title: 'Done', refersToId: decision.id }, 'kind'],
      [{ kind: 'SYSTEM', title: 'Meeting held' }, 'kind'],
      [{ kind: 'DECISION', title: '' }, 'title'],
      [{ kind: 'DECISION', title: '   ' }, 'title'],
      [{ kind: 'DECISION', title: 'x'.repeat(301) }, 'title'],
      [{ kind: 'NOTE', title: 'Long', body: 'x'.repeat(10_001) }, 'body'],
      [{ kind: 'ACTION_ITEM', title: 'No owner' }, 'owner'],
      [{ kind: 'ACTION_ITEM', title: 'Owner too long', owner: 'x'.repeat(201) }, 'owner'],
      [{ kind: 'COMMENT', title: 'Comment with a due date', dueDate: '2026-05-01' }, 'dueDate'],
      [{ kind: 'NOTE', title: 'Refers to another client', refersToId: otherClientEntry.id }, 'refersToId'],
    ];
    for (const [input, field] of cases) {
      const error = await gqlError(app, APPEND, { input: { clientId: c.id, body: '', ...input } }, leader.token);
      expect({ input: Object.keys(input), code: error.extensions?.code, field: error.extensions?.field }).toEqual({
        input: Object.keys(input),
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const badDate = await gqlError(app, APPEND, { input: { clientId: c.id, kind: 'NOTE', title: 't', body: '', dueDate: '2026-02-30' } }, leader.token);
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(c.id)).toBe(1);
  });

  it('answers NOT_FOUND for clients and entries out of scope, malformed ids included', async () => {
    for (const clientId of [foreign.id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await gqlError(app, APPEND, { input: { clientId, kind: 'NOTE', title: 't', body: '' } }, leader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, LOG, { clientId }, leader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, VERIFY, { clientId }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    }
    const foreignEntry = await append({ clientId: foreign.id, kind: 'ACTION_ITEM', title: 'Theirs', owner: 'Them' }, other.token);
    for (const refersToId of [foreignEntry.id, 'nope']) {
      const error = await gqlError(app, APPEND, { input: { clientId: client.id, kind: 'NOTE', title: 't', body: '', refersToId } }, leader.token);
      expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    for (const id of [foreignEntry.id, 'nope']) {
      expect((await gqlError(app, SET_STATUS, { id, status: 'DONE' }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lets a client viewer read their log (authors included) and only comment on their own client', async () => {
    const item = await append({ clientId: client.id, kind: 'ACTION_ITEM', title: 'Share the roadmap', owner: 'Lee', dueDate: '2026-06-01' });
    const comment = await append({ clientId: client.id, kind: 'COMMENT', title: 'Thanks', body: 'Looking forward to it.', refersToId: item.id }, viewer.token);
    expect(comment).toMatchObject({ kind: 'COMMENT', author: { id: viewer.userId }, refersTo: { id: item.id, kind: 'ACTION_ITEM', actionStatus: 'OPEN' } });

    const seen = await fullLog(client.id, viewer.token);
    expect(seen.find((e) => e.id === item.id).author).toEqual({ id: leader.userId, name: 'Lee Leader' });
    expect((await gql(app, VERIFY, { clientId: client.id }, viewer.token)).verifyAccountabilityLog.ok).toBe(true);

    for (const kind of ['DECISION', 'NOTE', 'ACTION_ITEM', 'STATUS_CHANGE', 'SYSTEM']) {
      const error = await gqlError(app, APPEND, { input: { clientId: client.id, kind, title: 't', body: '', owner: 'x' } }, viewer.token);
      expect({ kind, code: error.extensions?.code }).toEqual({ kind, code: 'FORBIDDEN' });
    }
    expect((await gqlError(app, SET_STATUS, { id: item.id, status: 'DONE' }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
    for (const clientId of [sibling.id, foreign.id]) {
      expect((await gqlError(app, APPEND, { input: { clientId, kind: 'COMMENT', title: 't', body: '' } }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, LOG, { clientId }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, VERIFY, { clientId }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    }
    const siblingEntry = await append({ clientId: sibling.id, kind: 'NOTE', title: 'Helios only' });
    const refused = await gqlError(
      app,
      APPEND,
      { input: { clientId: client.id, kind: 'COMMENT', title: 't', body: '', refersToId: siblingEntry.id } },
      viewer.token,
    );
    expect(refused.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an accountant everything here with FORBIDDEN', async () => {
    const item = await append({ clientId: client.id, kind: 'ACTION_ITEM', title: 'Budget review', owner: 'Lee' });
    const attempts: Array<[string, Record<string, unknown>]> = [
      [LOG, { clientId: client.id }],
      [VERIFY, { clientId: client.id }],
      [APPEND, { input: { clientId: client.id, kind: 'COMMENT', title: 't', body: '' } }],
      [SET_STATUS, { id: item.id, status: 'DONE' }],
    ];
    for (const [query, variables] of attempts) {
      expect((await gqlError(app, query, variables, accountant.token)).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('changes an action item’s status only by appending STATUS_CHANGE entries that refer to it', async () => {
    const c = await createClient(app, leader);
    const item = await append({ clientId: c.id, kind: 'ACTION_ITEM', title: 'Draft the migration plan', owner: 'Jana', dueDate: '2026-05-15' });
    const decision = await append({ clientId: c.id, kind: 'DECISION', title: 'Go' });

    const done = (await gql(app, SET_STATUS, { id: item.id, status: 'DONE', note: 'Plan in the wiki' }, leader.token)).setActionItemStatus;
    expect(done).toMatchObject({
      kind: 'STATUS_CHANGE',
      seq: 3,
      title: 'Done: Draft the migration plan',
      body: 'Plan in the wiki',
      actionStatus: null,
      author: { id: leader.userId },
      refersTo: { id: item.id, kind: 'ACTION_ITEM', actionStatus: 'DONE' },
    });
    const again = await gqlError(app, SET_STATUS, { id: item.id, status: 'DONE' }, leader.token);
    expect(again.extensions?.code).toBe('CONFLICT');
    const notAnItem = await gqlError(app, SET_STATUS, { id: decision.id, status: 'DONE' }, leader.token);
    expect(notAnItem.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const tooLong = await gqlError(app, SET_STATUS, { id: item.id, status: 'DROPPED', note: 'x'.repeat(10_001) }, leader.token);
    expect(tooLong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await count(c.id)).toBe(3);

    await gql(app, SET_STATUS, { id: item.id, status: 'OPEN' }, leader.token);
    await gql(app, SET_STATUS, { id: item.id, status: 'DROPPED' }, leader.token);
    const log = await fullLog(c.id);
    expect(log.map((e) => [e.seq, e.kind, e.title])).toEqual([
      [1, 'ACTION_ITEM', 'Draft the migration plan'],
      [2, 'DECISION', 'Go'],
      [3, 'STATUS_CHANGE', 'Done: Draft the migration plan'],
      [4, 'STATUS_CHANGE', 'Reopened: Draft the migration plan'],
      [5, 'STATUS_CHANGE', 'Dropped: Draft the migration plan'],
    ]);
    expect(log[0].actionStatus).toBe('DROPPED');
    expect((await gql(app, VERIFY, { clientId: c.id }, leader.token)).verifyAccountabilityLog).toMatchObject({ ok: true, entryCount: 5 });
  });

  it('pages newest first by seq with a cursor, filters by kinds, counts, and caps the page size', async () => {
    const c = await createClient(app, leader);
    for (let i = 1; i <= 7; i++) {
      await append({ clientId: c.id, kind: i % 2 === 0 ? 'RISK' : 'NOTE', title: `Entry ${i}` });
    }
    const first = (await gql(app, LOG, { clientId: c.id, first: 3 }, leader.token)).accountabilityLog;
    expect(first.totalCount).toBe(7);
    expect(first.nodes.map((e: any) => e.seq)).toEqual([7, 6, 5]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(app, LOG, { clientId: c.id, first: 3, after: first.pageInfo.endCursor }, leader.token)).accountabilityLog;
    expect(second.nodes.map((e: any) => e.seq)).toEqual([4, 3, 2]);
    const third = (await gql(app, LOG, { clientId: c.id, first: 3, after: second.pageInfo.endCursor }, leader.token)).accountabilityLog;
    expect(third.nodes.map((e: any) => e.seq)).toEqual([1]);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.pageInfo.endCursor });

    const risks = (await gql(app, LOG, { clientId: c.id, kinds: ['RISK'], first: 2 }, leader.token)).accountabilityLog;
    expect(risks.totalCount).toBe(3);
    expect(risks.nodes.map((e: any) => e.seq)).toEqual([6, 4]);
    const rest = (await gql(app, LOG, { clientId: c.id, kinds: ['RISK'], after: risks.pageInfo.endCursor }, leader.token)).accountabilityLog;
    expect(rest.nodes.map((e: any) => e.seq)).toEqual([2]);

    const defaults = (await gql(app, `query ($c: ID!) { accountabilityLog(clientId: $c) { nodes { seq } } }`, { c: c.id }, leader.token)).accountabilityLog;
    expect(defaults.nodes).toHaveLength(7);
    const capped = (await gql(app, LOG, { clientId: c.id, first: 100_000 }, leader.token)).accountabilityLog;
    expect(capped.nodes).toHaveLength(7);
    expect((await gqlError(app, LOG, { clientId: c.id, first: -1 }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await gqlError(app, LOG, { clientId: c.id, after: 'garbage' }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const empty = (await gql(app, LOG, { clientId: sibling.id, kinds: ['OUTCOME'] }, leader.token)).accountabilityLog;
    expect(empty).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('caps a page at 200 entries', async () => {
    const c = await createClient(app, leader);
    const log = app.app.get(LogService);
    await withUnitOfWork(dataSource, principalOf(leader), async () => {
      for (let i = 1; i <= 205; i++) await log.append(principalOf(leader), { clientId: c.id, kind: 'NOTE', title: `Note ${i}` });
    });
    const page = (await gql(app, LOG, { clientId: c.id, first: 500 }, leader.token)).accountabilityLog;
    expect(page.nodes).toHaveLength(200);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(205);
  });

  it('shows exactly what a client needs to recompute every hash with SHA-256 and JSON alone', async () => {
    const c = await createClient(app, leader);
    const item = await append({
      clientId: c.id,
      kind: 'ACTION_ITEM',
      title: 'Zahlungsplan „Q3“ — prüfen',
      body: 'Line 1\nLine 2 "quoted" \\ ✓',
      owner: 'Jana',
      dueDate: '2026-05-15',
    });
    await append({ clientId: c.id, kind: 'COMMENT', title: 'On it', body: '', refersToId: item.id }, leader.token);
    await gql(app, SET_STATUS, { id: item.id, status: 'DONE', note: 'Sent 🎉' }, leader.token);
    const service = app.app.get(LogService);
    await withUnitOfWork(dataSource, principalOf(leader), () =>
      service.append(principalOf(leader), { clientId: c.id, kind: 'SYSTEM', title: 'Meeting held: Steering', body: '' }),
    );
    const entries = await fullLog(c.id);
    expect(entries).toHaveLength(4);
    expect(entries[3].author).toBeNull();
    let prev = GENESIS;
    for (const entry of entries) {
      expect(entry.prevHash).toBe(prev);
      expect(entry.hash).toBe(sha256(`${prev}\n${canonical(entry)}`));
      prev = entry.hash;
    }
    // The same from a client viewer's point of view, for their own client.
    await append({ clientId: client.id, kind: 'COMMENT', title: 'Checked', body: '' }, viewer.token);
    prev = GENESIS;
    for (const entry of await fullLog(client.id, viewer.token)) {
      expect(entry.hash).toBe(sha256(`${prev}\n${canonical(entry)}`));
      prev = entry.hash;
    }
  });

  it('keeps one valid chain under 30 concurrent appends', async () => {
    const c = await createClient(app, leader);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gqlRaw(app, APPEND, { input: { clientId: c.id, kind: 'NOTE', title: `Concurrent ${i}`, body: '' } }, leader.token)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data.appendLogEntry.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await gql(app, VERIFY, { clientId: c.id }, leader.token)).verifyAccountabilityLog).toMatchObject({
      ok: true,
      entryCount: 30,
      firstBrokenSeq: null,
    });
    const entries = await fullLog(c.id);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i].prevHash).toBe(entries[i - 1].hash);
      expect(Date.parse(entries[i].occurredAt)).toBeGreaterThanOrEqual(Date.parse(entries[i - 1].occurredAt));
    }
  });

  describe('in the database', () => {
    let c: { id: string };
    let entries: any[];

    beforeAll(async () => {
      c = await createClient(app, leader);
      for (let i = 1; i <= 3; i++) await append({ clientId: c.id, kind: 'DECISION', title: `Decision ${i}` });
      entries = await fullLog(c.id);
    });

    it('refuses UPDATE and DELETE to the application role (no privilege)', async () => {
      for (const sql of [`UPDATE log_entries SET title = 'x' WHERE id = $1`, `DELETE FROM log_entries WHERE id = $1`]) {
        await expect(withUnitOfWork(dataSource, principalOf(leader), async (scope) => (await scope.manager()).query(sql, [entries[0].id]))).rejects.toThrow(
          /permission denied/,
        );
      }
    });

    it("keeps each action item's current status from the log alone: the application role cannot write it", async () => {
      const t = await createClient(app, leader);
      const item = await append({ clientId: t.id, kind: 'ACTION_ITEM', title: 'Status kept by the log', owner: 'Lee' });
      const states = () => dataSource.query(`SELECT client_id, status FROM action_item_states WHERE item_id = $1`, [item.id]);
      expect(await states()).toEqual([{ client_id: t.id, status: 'OPEN' }]);
      await gql(app, `mutation($id: ID!) { setActionItemStatus(id: $id, status: DONE) { id } }`, { id: item.id }, leader.token);
      expect(await states()).toEqual([{ client_id: t.id, status: 'DONE' }]);
      for (const sql of [
        `UPDATE action_item_states SET status = 'OPEN' WHERE item_id = $1`,
        `DELETE FROM action_item_states WHERE item_id = $1`,
        `INSERT INTO action_item_states (workspace_id, client_id, item_id, status) SELECT workspace_id, id, $1, 'OPEN' FROM clients LIMIT 1`,
      ]) {
        await expect(withUnitOfWork(dataSource, principalOf(leader), async (scope) => (await scope.manager()).query(sql, [item.id]))).rejects.toThrow(
          /permission denied/,
        );
      }
      expect(await states()).toEqual([{ client_id: t.id, status: 'DONE' }]);
    });

    it('refuses UPDATE, DELETE and TRUNCATE to the owner too (trigger)', async () => {
      for (const sql of [
        `UPDATE log_entries SET title = 'x' WHERE id = '${entries[0].id}'`,
        `DELETE FROM log_entries WHERE id = '${entries[0].id}'`,
        `TRUNCATE log_entries CASCADE`,
      ]) {
        await expect(dataSource.query(sql)).rejects.toThrow(/append-only/);
      }
      expect(await count(c.id)).toBe(3);
    });

    it('refuses an entry that does not link to its predecessor', async () => {
      const insert = `INSERT INTO log_entries (workspace_id, client_id, seq, kind, title, body, occurred_at, prev_hash, hash)
                      VALUES ($1, $2, $3, 'NOTE', 'Forged', '', date_trunc('milliseconds', now()), $4, $5)`;
      await expect(dataSource.query(insert, [leader.workspaceId, c.id, 4, 'a'.repeat(64), 'b'.repeat(64)])).rejects.toThrow(/does not link/);
      await expect(dataSource.query(insert, [leader.workspaceId, c.id, 6, entries[2].hash, 'b'.repeat(64)])).rejects.toThrow(/does not link/);
      await expect(dataSource.query(insert, [leader.workspaceId, c.id, 3, entries[1].hash, 'b'.repeat(64)])).rejects.toThrow(/duplicate key/);
    });

    it('detects an entry inserted behind the service with a hash that does not match its content', async () => {
      const t = await createClient(app, leader);
      for (let i = 1; i <= 3; i++) await append({ clientId: t.id, kind: 'NOTE', title: `Note ${i}` });
      const [last] = (await fullLog(t.id)).slice(-1);
      await dataSource.query(
        `INSERT INTO log_entries (workspace_id, client_id, seq, kind, title, body, occurred_at, prev_hash, hash)
         VALUES ($1, $2, 4, 'DECISION', 'We never agreed to this', '', date_trunc('milliseconds', now()), $3, $4)`,
        [leader.workspaceId, t.id, last.hash, 'c'.repeat(64)],
      );
      expect((await gql(app, VERIFY, { clientId: t.id }, leader.token)).verifyAccountabilityLog).toEqual({
        ok: false,
        entryCount: 4,
        headHash: 'c'.repeat(64),
        firstBrokenSeq: 4,
      });
    });

    it('detects an entry edited by the owner with the trigger disabled', async () => {
      const t = await createClient(app, leader);
      for (let i = 1; i <= 4; i++) await append({ clientId: t.id, kind: 'COMMITMENT', title: `Promise ${i}`, owner: 'Lee' });
      const target = (await fullLog(t.id))[1];
      await tamper(`UPDATE log_entries SET title = 'Promise 2 (softened)' WHERE id = '${target.id}'`);
      expect((await gql(app, VERIFY, { clientId: t.id }, leader.token)).verifyAccountabilityLog).toMatchObject({
        ok: false,
        entryCount: 4,
        firstBrokenSeq: 2,
      });
    });

    it('detects entries cut off the end of the log, through the chain head', async () => {
      const t = await createClient(app, leader);
      for (let i = 1; i <= 3; i++) await append({ clientId: t.id, kind: 'RISK', title: `Risk ${i}` });
      const last = (await fullLog(t.id))[2];
      await tamper(`DELETE FROM log_entries WHERE id = '${last.id}'`);
      expect((await gql(app, VERIFY, { clientId: t.id }, leader.token)).verifyAccountabilityLog).toMatchObject({
        ok: false,
        entryCount: 2,
        firstBrokenSeq: 3,
      });
    });

    /** Runs one statement as the owner with the append-only trigger off, atomically. */
    async function tamper(sql: string): Promise<void> {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query(`ALTER TABLE log_entries DISABLE TRIGGER log_entries_append_only`);
        await runner.query(sql);
        await runner.query(`ALTER TABLE log_entries ENABLE TRIGGER log_entries_append_only`);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    }
  });

  describe('LogService for other modules', () => {
    it('appends inside the caller’s transaction: system entries have no author, and a rollback writes nothing', async () => {
      const c = await createClient(app, leader);
      const log = app.app.get(LogService);
      const principal = principalOf(leader);
      const [system, decision] = await withUnitOfWork(dataSource, principal, async () => [
        await log.append(principal, { clientId: c.id, kind: 'SYSTEM', title: 'Invoice issued: MF-2026-0001' }),
        await log.append(principal, { clientId: c.id, kind: 'DECISION', title: 'Adopt the plan', owner: 'CEO' }),
      ]);
      expect(system).toMatchObject({ seq: 1, kind: 'SYSTEM', authorId: null, prevHash: GENESIS });
      expect(decision).toMatchObject({ seq: 2, authorId: leader.userId, prevHash: system.hash });

      // A null actor writes as the system, within the scope the transaction is set up for.
      const nobody = await withUnitOfWork(dataSource, principal, () => log.append(null, { clientId: c.id, kind: 'NOTE', title: 'Imported' }));
      expect(nobody).toMatchObject({ seq: 3, authorId: null });
      await expect(withUnitOfWork(dataSource, principal, () => log.append(null, { clientId: foreign.id, kind: 'NOTE', title: 'x' }))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });

      await expect(
        withUnitOfWork(dataSource, principal, async () => {
          await log.append(principal, { clientId: c.id, kind: 'NOTE', title: 'Rolled back' });
          throw new Error('the caller failed');
        }),
      ).rejects.toThrow('the caller failed');
      expect(await count(c.id)).toBe(3);
      await expect(
        withUnitOfWork(dataSource, principal, () =>
          log.append(principal, { clientId: c.id, kind: 'NOTE', title: 'Backdated', occurredAt: new Date('2020-01-01T00:00:00Z') }),
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
      expect((await gql(app, VERIFY, { clientId: c.id }, leader.token)).verifyAccountabilityLog).toMatchObject({ ok: true, entryCount: 3 });
    });

    it('counts open and overdue action items for many clients in one call', async () => {
      const principal = principalOf(leader);
      const log = app.app.get(LogService);
      const [a, b, none] = [await createClient(app, leader), await createClient(app, leader), await createClient(app, leader)];
      const counts = await withUnitOfWork(dataSource, principal, async () => {
        const items = [];
        for (const [clientId, dueDate] of [
          [a.id, '2026-03-01'],
          [a.id, '2026-03-20'],
          [a.id, null],
          [b.id, '2026-02-01'],
          [b.id, '2026-02-02'],
        ] as const) {
          items.push(await log.append(principal, { clientId, kind: 'ACTION_ITEM', title: 'Item', owner: 'Lee', dueDate }));
        }
        await log.setActionItemStatus(principal, items[0].id, 'DONE');
        await log.setActionItemStatus(principal, items[3].id, 'DROPPED');
        await log.setActionItemStatus(principal, items[4].id, 'DONE');
        await log.setActionItemStatus(principal, items[4].id, 'OPEN');
        return log.actionItemCounts(principal, [a.id, b.id, none.id, foreign.id], '2026-03-15');
      });
      expect(Object.fromEntries(counts)).toEqual({
        [a.id]: { open: 2, overdue: 0 },
        [b.id]: { open: 1, overdue: 1 },
        [none.id]: { open: 0, overdue: 0 },
        [foreign.id]: { open: 0, overdue: 0 },
      });
    });
  });
});
