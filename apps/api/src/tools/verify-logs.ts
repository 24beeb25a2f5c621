// `npm run verify-logs`: the operator's check of every accountability log in the database. For
// every client of every workspace it recomputes the hash chain from genesis with libs/domain's
// rule (extendChain, the fold verifyChain is made of) and compares log_heads with the last entry,
// then reports each client whose chain diverges. It never writes: the session is read-only and
// everything is read in one READ ONLY REPEATABLE READ transaction (one consistent snapshot, even
// while the API appends), a client's entries streamed through a cursor in batches so that memory
// does not grow with the length of a log.
//
// Exit codes: 0 every chain verifies, 1 at least one diverges, 2 usage or database error.
//
// Run as `node apps/api/dist/apps/api/src/tools/verify-logs.js [--json] [--batch-size N]` with
// DATABASE_URL set, or through scripts/verify-logs.mjs (`npm run verify-logs`), which also finds
// the embedded PostgreSQL of `npm start`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENESIS_HASH, extendChain, startChain, type ChainBreak, type ChainState } from '@allot/domain';
import pg from 'pg';
import { CHAIN_COLUMNS, chainedEntryOf, checkHead, type ChainHead, type ChainRow, type HeadMismatch } from '../modules/log/chain.js';

export const EXIT_OK = 0;
export const EXIT_DIVERGED = 1;
export const EXIT_ERROR = 2;

export const DEFAULT_BATCH_SIZE = 1000;

export const USAGE = `Usage: npm run verify-logs -- [--json] [--batch-size N]

Verifies the accountability log of every client of every workspace, and never writes.
  --json          one JSON document on stdout instead of lines of text
  --batch-size N  entries read per round trip (default ${DEFAULT_BATCH_SIZE})
The database is DATABASE_URL, or the embedded PostgreSQL under ./.data when it is unset.
Exit codes: 0 every chain verifies, 1 a chain diverges, 2 usage or database error.`;

/** One way a client's stored chain does not hold. */
export interface Problem {
  /** chain: the entries themselves; head: log_heads against the last entry. */
  check: 'chain' | 'head';
  reason: ChainBreak['reason'] | HeadMismatch['reason'];
  /** The first seq this problem leaves unvouched for. */
  seq: number;
  expected: number | string | ChainHead | null;
  actual: number | string | ChainHead | null;
  message: string;
}

export interface Divergence {
  workspaceId: string;
  /** null when no such workspace exists (rows left behind by a bypassed constraint). */
  workspaceName: string | null;
  clientId: string;
  clientName: string | null;
  entryCount: number;
  firstBadSeq: number;
  problems: Problem[];
}

export interface VerifyLogsReport {
  ok: boolean;
  workspaces: number;
  clients: number;
  entries: number;
  divergences: Divergence[];
}

export interface VerifyLogsOptions {
  databaseUrl: string;
  batchSize?: number;
}

interface ChainRef {
  workspace_id: string;
  workspace_name: string | null;
  client_id: string;
  client_name: string | null;
}

/** Every chain there is: every client, and any head or entries whose client is gone. */
const CHAINS_SQL = `
  SELECT k.workspace_id, w.name AS workspace_name, k.client_id, c.name AS client_name
    FROM (SELECT workspace_id, id AS client_id FROM clients
          UNION SELECT workspace_id, client_id FROM log_heads
          UNION SELECT DISTINCT workspace_id, client_id FROM log_entries) k
    LEFT JOIN workspaces w ON w.id = k.workspace_id
    LEFT JOIN clients c ON c.workspace_id = k.workspace_id AND c.id = k.client_id
   ORDER BY w.name, k.workspace_id, c.name, k.client_id`;

const CURSOR = 'allot_verify_chain';

export async function verifyLogs(options: VerifyLogsOptions): Promise<VerifyLogsReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'allot verify-logs', connectionTimeoutMillis: 10_000 });
  // A connection error after connecting fails the query in flight; without a listener it would end the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    // Read-only for the whole session, and the one transaction read-only too: a write is refused
    // by PostgreSQL itself, whatever this code does.
    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      // The owner is not subject to row-level security; should the role given be, a policy would
      // silently hide rows, so make PostgreSQL refuse the query instead.
      await client.query('SET LOCAL row_security = off');
      const report = await verifyAll(client, batchSize);
      await client.query('COMMIT');
      return report;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function verifyAll(client: pg.Client, batchSize: number): Promise<VerifyLogsReport> {
  const chains = (await client.query<ChainRef>(CHAINS_SQL)).rows;
  const workspaceIds = new Set((await client.query<{ id: string }>('SELECT id FROM workspaces')).rows.map((row) => row.id));
  for (const chain of chains) workspaceIds.add(chain.workspace_id);
  const divergences: Divergence[] = [];
  let entries = 0;
  for (const chain of chains) {
    const state = await foldChain(client, chain, batchSize);
    entries += state.entryCount;
    const head = await readHead(client, chain);
    const problems: Problem[] = [];
    if (state.firstBreak) problems.push(chainProblem(state.firstBreak));
    const mismatch = checkHead(state, head);
    if (mismatch) problems.push(headProblem(mismatch));
    if (problems.length === 0) continue;
    divergences.push({
      workspaceId: chain.workspace_id,
      workspaceName: chain.workspace_name,
      clientId: chain.client_id,
      clientName: chain.client_name,
      entryCount: state.entryCount,
      firstBadSeq: Math.min(...problems.map((problem) => problem.seq)),
      problems,
    });
  }
  return { ok: divergences.length === 0, workspaces: workspaceIds.size, clients: chains.length, entries, divergences };
}

/** The client's entries in seq order, batch by batch, through libs/domain's extendChain. */
async function foldChain(client: pg.Client, chain: ChainRef, batchSize: number): Promise<ChainState> {
  await client.query(
    `DECLARE ${CURSOR} NO SCROLL CURSOR FOR
       SELECT ${CHAIN_COLUMNS} FROM log_entries e WHERE e.workspace_id = $1 AND e.client_id = $2 ORDER BY e.seq`,
    [chain.workspace_id, chain.client_id],
  );
  let state = startChain();
  for (;;) {
    const { rows } = await client.query<ChainRow>(`FETCH ${batchSize} FROM ${CURSOR}`);
    for (const row of rows) state = extendChain(state, chainedEntryOf(row));
    if (rows.length < batchSize) break;
  }
  await client.query(`CLOSE ${CURSOR}`);
  return state;
}

async function readHead(client: pg.Client, chain: ChainRef): Promise<ChainHead | null> {
  const { rows } = await client.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM log_heads WHERE workspace_id = $1 AND client_id = $2`, [
    chain.workspace_id,
    chain.client_id,
  ]);
  return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
}

function short(hash: string | null): string {
  if (hash === null) return 'none';
  if (hash === GENESIS_HASH) return 'the genesis hash';
  return `${hash.slice(0, 12)}…`;
}

function chainProblem(found: ChainBreak): Problem {
  const base = { check: 'chain' as const, reason: found.reason, seq: found.seq, expected: found.expected, actual: found.actual };
  switch (found.reason) {
    case 'seq': {
      const [expected, actual] = [Number(found.expected), Number(found.actual)];
      const message =
        actual > expected
          ? `entry ${expected} is missing (the next stored entry is seq ${actual})`
          : `seq ${actual} is stored again where seq ${expected} belongs`;
      return { ...base, message };
    }
    case 'prevHash': {
      const target = found.seq === 1 ? 'the genesis hash' : `the hash of entry ${found.seq - 1} (${short(String(found.expected))})`;
      return { ...base, message: `entry ${found.seq} links to ${short(String(found.actual))}, not to ${target}` };
    }
    case 'hash':
      return {
        ...base,
        message: `entry ${found.seq} does not hash to its stored hash ${short(String(found.actual))} (its content hashes to ${short(String(found.expected))}): it was altered`,
      };
    case 'unhashable':
      return { ...base, message: `entry ${found.seq} cannot be hashed: a hashed field is malformed` };
  }
}

function headProblem(mismatch: HeadMismatch): Problem {
  const { expected, actual } = mismatch;
  const last = expected.seq === 0 ? 'the log has no entries' : `the last entry is seq ${expected.seq} (hash ${short(expected.hash)})`;
  const says = actual ? `log_heads says seq ${actual.seq} (hash ${short(actual.hash)})` : '';
  const messages: Record<HeadMismatch['reason'], string> = {
    missing: `log_heads has no row, but ${last}`,
    ahead: `${says}, but ${last}: ${expected.seq === 0 ? 'all its entries are' : `entries after seq ${expected.seq} are`} missing`,
    behind: `${says}, but ${last}: the head is behind the entries`,
    hash: `${says}, but ${last}: the head hash differs`,
  };
  return { check: 'head', reason: mismatch.reason, seq: mismatch.firstBrokenSeq, expected, actual, message: messages[mismatch.reason] };
}

function quoted(name: string | null, missing: string): string {
  return name === null ? `(${missing})` : JSON.stringify(name);
}

export function divergenceLine(divergence: Divergence): string {
  const workspace = `workspace ${divergence.workspaceId} ${quoted(divergence.workspaceName, 'no such workspace')}`;
  const client = `client ${divergence.clientId} ${quoted(divergence.clientName, 'no such client')}`;
  const what = divergence.problems.map((problem) => problem.message).join('; ');
  return `DIVERGED ${workspace} ${client}: first bad seq ${divergence.firstBadSeq}: ${what}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function summaryLine(report: VerifyLogsReport): string {
  const checked = `${plural(report.workspaces, 'workspace')}, ${plural(report.clients, 'client')}, ${plural(report.entries, 'entry', 'entries')}`;
  const outcome = report.ok ? 'every chain verifies' : `${plural(report.divergences.length, 'divergence')}`;
  return `Checked ${checked}: ${outcome}.`;
}

class UsageError extends Error {}

interface Arguments {
  json: boolean;
  batchSize: number;
  help: boolean;
}

export function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { json: false, batchSize: DEFAULT_BATCH_SIZE, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--json' && inline === undefined) parsed.json = true;
    else if ((name === '--help' || name === '-h') && inline === undefined) parsed.help = true;
    else if (name === '--batch-size') {
      const value = inline ?? argv[++i];
      if (value === undefined || !/^\d{1,6}$/.test(value) || Number(value) < 1) throw new UsageError('--batch-size needs a whole number from 1 to 999999.');
      parsed.batchSize = Number(value);
    } else throw new UsageError(`Unknown argument: ${arg}`);
  }
  return parsed;
}

export interface MainOptions {
  argv: readonly string[];
  databaseUrl: string | undefined;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** The command: prints the report and returns the exit code (never throws). */
export async function main(options: MainOptions): Promise<number> {
  const out = options.stdout ?? ((text: string) => process.stdout.write(text));
  const err = options.stderr ?? ((text: string) => process.stderr.write(text));
  let args: Arguments;
  try {
    args = parseArguments(options.argv);
  } catch (error) {
    err(`verify-logs: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_ERROR;
  }
  if (args.help) {
    out(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (!options.databaseUrl) {
    err('verify-logs: DATABASE_URL is not set.\n');
    return EXIT_ERROR;
  }
  let report: VerifyLogsReport;
  try {
    report = await verifyLogs({ databaseUrl: options.databaseUrl, batchSize: args.batchSize });
  } catch (error) {
    err(`verify-logs: could not read the logs: ${describeError(error)}\n`);
    return EXIT_ERROR;
  }
  if (args.json) {
    out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const divergence of report.divergences) out(`${divergenceLine(divergence)}\n`);
    out(`${summaryLine(report)}\n`);
  }
  return report.ok ? EXIT_OK : EXIT_DIVERGED;
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}

// Run directly (`node …/verify-logs.js`): the database is DATABASE_URL.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main({ argv: process.argv.slice(2), databaseUrl: process.env.DATABASE_URL });
}
