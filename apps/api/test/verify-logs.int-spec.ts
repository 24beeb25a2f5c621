// `npm run verify-logs`, the operator's check of every accountability log: logs written through
// the API verify (exit 0, the summary counts them); a copy of the database damaged by its owner
// the ways that happen (the production incident of a head at seq 52 over 46 entries, a head hash
// changed, a head missing, behind, or present for an empty log, an entry's body altered or an
// entry removed with the append-only trigger bypassed) is reported client by client with the
// first bad seq (exit 1), exactly where verifyAccountabilityLog says the chain breaks; and the
// command changes nothing, damaged or not.
//
// The logs live in a database of this file's own: the shared test database holds chains other
// test files damage on purpose, and the command checks every chain of the database it is given.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { main, type VerifyLogsReport } from '../src/tools/verify-logs.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ensureApiBuilt } from './support/child-api.js';
import { siblingDatabaseUrl, testDatabaseUrl } from './support/database.js';
import { createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql } from './support/graphql.js';
import { REPO_ROOT } from './support/private-postgres.js';

const APPEND = `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id seq hash } }`;
const SET_STATUS = `mutation ($id: ID!, $status: ActionStatus!) { setActionItemStatus(id: $id, status: $status) { id seq } }`;
const VERIFY = `query ($clientId: ID!) { verifyAccountabilityLog(clientId: $clientId) { ok entryCount firstBrokenSeq } }`;

const base = new URL(testDatabaseUrl()).pathname.slice(1);
const ORIGINAL = `${base}_verify_logs`;
const COPY = `${base}_verify_logs_copy`;
const READER = `${base}_verify_logs_reader`.replace(/[^a-z0-9_]/gi, '_').slice(0, 63);

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(testDatabaseUrl(), fn);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** As an operator runs it: `npm run verify-logs` at the repository root, DATABASE_URL in the environment. */
function npmRunVerifyLogs(databaseUrl: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'verify-logs', '--', ...args], {
      cwd: REPO_ROOT,
      env: {
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: process.env.HOME ?? '/tmp',
        DATABASE_URL: databaseUrl,
        SKIP_BUILD: 'true', // ensureApiBuilt() built it
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The command in this process, through its exported main. */
async function runMain(databaseUrl: string | undefined, argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, databaseUrl, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function report(databaseUrl: string, argv: string[] = []): Promise<VerifyLogsReport> {
  const run = await runMain(databaseUrl, ['--json', ...argv]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

/** Every row of both log tables with its row version (xmin): any write, even of equal values, shows. */
async function checksum(url: string): Promise<{ entries: string; heads: string; entryRows: number; headRows: number }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`
      SELECT (SELECT md5(coalesce(string_agg(t.xmin::text || ':' || t::text, '|' ORDER BY t.id), '')) FROM log_entries t) AS entries,
             (SELECT md5(coalesce(string_agg(h.xmin::text || ':' || h::text, '|' ORDER BY h.workspace_id, h.client_id), '')) FROM log_heads h) AS heads,
             (SELECT count(*)::int FROM log_entries) AS "entryRows",
             (SELECT count(*)::int FROM log_heads) AS "headRows"`);
    return rows[0];
  });
}

describe('npm run verify-logs', () => {
  const originalUrl = siblingDatabaseUrl(ORIGINAL);
  const copyUrl = siblingDatabaseUrl(COPY);
  let app: TestApp | null = null;
  let leader: Actor;
  let other: Actor;
  let entryCount = 0;
  const clients: Record<string, { id: string; name: string }> = {};
  const hashes: Record<string, string[]> = {};

  function append(actor: Actor, clientId: string, input: Record<string, unknown>) {
    entryCount++;
    return gql(app!, APPEND, { input: { clientId, kind: 'NOTE', body: '', ...input } }, actor.token).then((data) => data.appendLogEntry);
  }

  /** A client (named `name`) with `count` entries written through the API. */
  async function clientWithLog(actor: Actor, name: string, count: number): Promise<void> {
    clients[name] = await createClient(app!, actor, { name });
    hashes[name] = [];
    for (let i = 1; i <= count; i++) {
      const entry = await append(actor, clients[name].id, { kind: i % 3 === 0 ? 'DECISION' : 'NOTE', title: `${name} ${i}`, body: `Entry ${i} of ${name}` });
      hashes[name].push(entry.hash);
    }
  }

  beforeAll(async () => {
    await ensureApiBuilt();
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${COPY}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${ORIGINAL}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${ORIGINAL}"`);
    });
    app = await startTestApp({ DATABASE_URL: originalUrl });
    leader = await signUpLeader(app, { workspaceName: 'Cobalt Advisory' });
    other = await signUpLeader(app, { workspaceName: 'Other Practice' });

    await clientWithLog(leader, 'Incident', 46);
    await clientWithLog(leader, 'Head hash', 3);
    await clientWithLog(leader, 'Altered', 5);
    await clientWithLog(leader, 'Gap', 4);
    await clientWithLog(leader, 'Headless', 2);
    await clientWithLog(leader, 'Behind', 4);
    await clientWithLog(leader, 'Empty', 0);
    // Every hashed field in use (owner, due date, a reference, no author) on an intact chain.
    await clientWithLog(leader, 'Intact', 1);
    const item = await append(leader, clients.Intact.id, { kind: 'ACTION_ITEM', title: 'Rotate the keys', owner: 'Jana Nováková', dueDate: '2026-05-15' });
    await gql(app, SET_STATUS, { id: item.id, status: 'DONE' }, leader.token);
    entryCount++;
    await append(leader, clients.Intact.id, { kind: 'COMMENT', title: 'Done “properly” — ✓', refersToId: item.id });
    await clientWithLog(other, 'Elsewhere', 2);
    await clientWithLog(other, 'Quiet', 0);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${COPY}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${ORIGINAL}" WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS "${READER}"`);
    });
  });

  it('verifies logs written through the API: exit 0 and the summary, as an operator runs it', async () => {
    const before = await checksum(originalUrl);
    const json = await npmRunVerifyLogs(originalUrl, ['--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, workspaces: 2, clients: 10, entries: entryCount, divergences: [] });

    const text = await npmRunVerifyLogs(originalUrl);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`Checked 2 workspaces, 10 clients, ${entryCount} entries: every chain verifies.\n`);
    expect(await checksum(originalUrl)).toEqual(before);
  }, 120_000);

  it('reads the same in batches of any size', async () => {
    const whole = await report(originalUrl);
    expect(whole.entries).toBe(entryCount);
    for (const size of ['1', '7', '46']) expect(await report(originalUrl, ['--batch-size', size])).toEqual(whole);
  });

  describe('on a copy damaged by the database owner', () => {
    let damaged: VerifyLogsReport;

    beforeAll(async () => {
      // Every connection to the original must be gone for it to serve as a template.
      await app!.close();
      app = null;
      await admin((client) => client.query(`CREATE DATABASE "${COPY}" TEMPLATE "${ORIGINAL}"`));
      await withClient(copyUrl, async (db) => {
        const id = (name: string) => clients[name].id;
        // The production incident: the head says 52, the log holds 46 entries.
        await db.query(`UPDATE log_heads SET seq = 52 WHERE client_id = $1`, [id('Incident')]);
        await db.query(`UPDATE log_heads SET hash = repeat('e', 64) WHERE client_id = $1`, [id('Head hash')]);
        await db.query(`DELETE FROM log_heads WHERE client_id = $1`, [id('Headless')]);
        await db.query(`UPDATE log_heads SET seq = 2, hash = $2 WHERE client_id = $1`, [id('Behind'), hashes.Behind[1]]);
        await db.query(`INSERT INTO log_heads (workspace_id, client_id, seq, hash) VALUES ($1, $2, 1, repeat('a', 64))`, [leader.workspaceId, id('Empty')]);
        // log_entries refuses UPDATE and DELETE even to its owner; a superuser can bypass triggers.
        await db.query('BEGIN');
        await db.query(`SET LOCAL session_replication_role = replica`);
        await db.query(`UPDATE log_entries SET body = 'Nothing was promised.' WHERE client_id = $1 AND seq = 3`, [id('Altered')]);
        await db.query(`DELETE FROM log_entries WHERE client_id = $1 AND seq = 2`, [id('Gap')]);
        await db.query('COMMIT');
      });
      damaged = await report(copyUrl);
    }, 60_000);

    it('reports each damaged client with its first bad seq and what differs, and no other', () => {
      const summary = damaged.divergences.map((d) => ({
        workspace: d.workspaceName,
        client: d.clientName,
        firstBadSeq: d.firstBadSeq,
        problems: d.problems.map((p) => `${p.check}:${p.reason}@${p.seq}`),
      }));
      expect(summary).toEqual([
        { workspace: 'Cobalt Advisory', client: 'Altered', firstBadSeq: 3, problems: ['chain:hash@3'] },
        { workspace: 'Cobalt Advisory', client: 'Behind', firstBadSeq: 3, problems: ['head:behind@3'] },
        { workspace: 'Cobalt Advisory', client: 'Empty', firstBadSeq: 1, problems: ['head:ahead@1'] },
        { workspace: 'Cobalt Advisory', client: 'Gap', firstBadSeq: 2, problems: ['chain:seq@2', 'head:ahead@4'] },
        { workspace: 'Cobalt Advisory', client: 'Head hash', firstBadSeq: 3, problems: ['head:hash@3'] },
        { workspace: 'Cobalt Advisory', client: 'Headless', firstBadSeq: 1, problems: ['head:missing@1'] },
        { workspace: 'Cobalt Advisory', client: 'Incident', firstBadSeq: 47, problems: ['head:ahead@47'] },
      ]);
      expect(damaged).toMatchObject({ ok: false, workspaces: 2, clients: 10, entries: entryCount - 1 });
      for (const divergence of damaged.divergences) {
        expect(divergence.workspaceId).toBe(leader.workspaceId);
        expect(divergence.clientId).toBe(clients[divergence.clientName!].id);
      }
    });

    it('says what differs: the head against the last entry, the stored hash against the content', () => {
      const byName = Object.fromEntries(damaged.divergences.map((d) => [d.clientName, d]));
      expect(byName.Incident.problems[0]).toMatchObject({
        expected: { seq: 46, hash: hashes.Incident[45] },
        actual: { seq: 52, hash: hashes.Incident[45] },
      });
      expect(byName.Incident.entryCount).toBe(46);
      expect(byName['Head hash'].problems[0]).toMatchObject({ expected: { seq: 3, hash: hashes['Head hash'][2] }, actual: { seq: 3, hash: 'e'.repeat(64) } });
      expect(byName.Headless.problems[0]).toMatchObject({ expected: { seq: 2, hash: hashes.Headless[1] }, actual: null });
      expect(byName.Altered.problems[0]).toMatchObject({ actual: hashes.Altered[2] });
      expect(byName.Altered.problems[0].expected).not.toBe(hashes.Altered[2]);
      expect(byName.Gap.problems[0]).toMatchObject({ expected: 2, actual: 3 });
    });

    it('agrees with verifyAccountabilityLog on where each chain breaks', async () => {
      const api = await startTestApp({ DATABASE_URL: copyUrl });
      try {
        for (const divergence of damaged.divergences) {
          const { verifyAccountabilityLog } = await gql(api, VERIFY, { clientId: divergence.clientId }, leader.token);
          expect({ client: divergence.clientName, ok: verifyAccountabilityLog.ok, seq: verifyAccountabilityLog.firstBrokenSeq }).toEqual({
            client: divergence.clientName,
            ok: false,
            seq: divergence.firstBadSeq,
          });
        }
        const intact = await gql(api, VERIFY, { clientId: clients.Intact.id }, leader.token);
        expect(intact.verifyAccountabilityLog).toEqual({ ok: true, entryCount: 4, firstBrokenSeq: null });
      } finally {
        await api.close();
      }
    }, 60_000);

    it('exits 1 with one line per diverging client and the summary, as an operator runs it, and changes nothing', async () => {
      const before = await checksum(copyUrl);
      const run = await npmRunVerifyLogs(copyUrl);
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(8);
      expect(lines.at(-1)).toBe(`Checked 2 workspaces, 10 clients, ${entryCount - 1} entries: 7 divergences.`);
      const incident = lines.find((line) => line.includes(clients.Incident.id))!;
      expect(incident).toBe(
        `DIVERGED workspace ${leader.workspaceId} "Cobalt Advisory" client ${clients.Incident.id} "Incident": first bad seq 47: ` +
          `log_heads says seq 52 (hash ${hashes.Incident[45].slice(0, 12)}…), but the last entry is seq 46 (hash ${hashes.Incident[45].slice(0, 12)}…): ` +
          `entries after seq 46 are missing`,
      );
      expect(lines.find((line) => line.includes(clients.Altered.id))).toMatch(/first bad seq 3: entry 3 does not hash to its stored hash .*: it was altered$/);
      expect(lines.find((line) => line.includes(clients.Gap.id))).toMatch(
        /first bad seq 2: entry 2 is missing \(the next stored entry is seq 3\); log_heads says seq 4/,
      );
      expect(lines.find((line) => line.includes(clients.Headless.id))).toMatch(/first bad seq 1: log_heads has no row, but the last entry is seq 2/);
      expect(lines.find((line) => line.includes(clients.Empty.id))).toMatch(
        /first bad seq 1: log_heads says seq 1 .*, but the log has no entries: all its entries are missing$/,
      );
      expect(lines.some((line) => line.includes(clients.Intact.id) || line.includes(clients.Elsewhere.id))).toBe(false);

      const json = await npmRunVerifyLogs(copyUrl, ['--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toEqual(damaged);
      expect(await checksum(copyUrl)).toEqual(before);
      // And the undamaged original still verifies.
      expect((await report(originalUrl)).ok).toBe(true);
    }, 120_000);
  });

  describe('exit code 2', () => {
    it('on a bad argument, before touching any database', async () => {
      const run = await runMain(undefined, ['--batch-size', '0']);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/--batch-size needs a whole number[\s\S]*Usage: npm run verify-logs/);
      expect((await runMain(undefined, ['--repair'])).stderr).toMatch(/Unknown argument: --repair/);
      expect((await runMain(undefined, ['--help'])).code).toBe(0);
    });

    it('when the database cannot be reached or does not exist, as an operator runs it', async () => {
      const missing = await npmRunVerifyLogs(siblingDatabaseUrl(`${base}_verify_logs_absent`), ['--json']);
      expect(missing).toMatchObject({ code: 2, stdout: '' });
      expect(missing.stderr).toMatch(/verify-logs: could not read the logs: database ".*_verify_logs_absent" does not exist/);
      const unreachable = await runMain('postgres://postgres@127.0.0.1:1/nothing_test', []);
      expect(unreachable).toMatchObject({ code: 2, stdout: '' });
      expect(unreachable.stderr).toMatch(/ECONNREFUSED/);
    }, 60_000);

    it('rather than verify what row-level security hides from a role that is not the owner', async () => {
      await admin(async (client) => {
        await client.query(`DROP ROLE IF EXISTS "${READER}"`);
        await client.query(`CREATE ROLE "${READER}" LOGIN PASSWORD 'reader-password' IN ROLE allot_app`);
      });
      const url = new URL(originalUrl);
      url.username = READER;
      url.password = 'reader-password';
      const run = await runMain(url.toString(), []);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/row-level security/);
    });
  });
});
