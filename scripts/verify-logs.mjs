// `npm run verify-logs [-- --json] [-- --batch-size N]`: verifies every client's accountability
// log (apps/api/src/tools/verify-logs.ts) and never writes. The database is DATABASE_URL, as for
// `npm start`; when it is unset, the embedded PostgreSQL under ./.data: the one `npm start` is
// running, or else started just for this check and stopped afterwards.
//
// Exit codes: 0 every chain verifies, 1 a chain diverges, 2 usage, build or database error.
// Only the report goes to stdout (so that --json can be piped); progress and errors go to stderr.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EmbeddedPostgresError, findRunningEmbeddedPostgres, hasEmbeddedCluster, startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.join(root, '.data');
const toolEntry = path.join(root, 'apps/api/dist/apps/api/src/tools/verify-logs.js');
const EXIT_ERROR = 2;

function fail(message) {
  console.error(`verify-logs: ${message}`);
  process.exit(EXIT_ERROR);
}

/** Builds the API (and the domain library) when stale, as `npm start` does; nx speaks only on failure. */
function build() {
  const nx = path.join(root, 'node_modules/nx/dist/bin/nx.js');
  // SKIP_BUILD as for npm start; an install without dev dependencies cannot build, so uses its build.
  if ((process.env.SKIP_BUILD === 'true' || !fs.existsSync(nx)) && fs.existsSync(toolEntry)) return;
  console.error('Building the API (cached when nothing changed)…');
  const result = spawnSync(process.execPath, [nx, 'run', '@allot/api:build', '--outputStyle=stream'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (result.status !== 0 || !fs.existsSync(toolEntry)) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`);
    fail('the build failed (see above); SKIP_BUILD=true uses the existing build.');
  }
}

async function database() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const running = await findRunningEmbeddedPostgres({ dataRoot, name: 'pg' });
  if (running) {
    console.error(`Verifying the embedded database of the running Allot (127.0.0.1:${running.port}).`);
    return { url: running.url('allot'), stop: running.stop };
  }
  // Never initialise a cluster just to find it empty.
  if (!hasEmbeddedCluster({ dataRoot, name: 'pg' })) {
    fail(`DATABASE_URL is unset and there is no embedded database in ${path.join(dataRoot, 'pg')} (npm start makes one): nothing to verify.`);
  }
  try {
    const embedded = await startEmbeddedPostgres({ dataRoot, name: 'pg', log: (line) => console.error(line) });
    return { url: embedded.url('allot'), stop: embedded.stop };
  } catch (error) {
    fail(error instanceof EmbeddedPostgresError ? error.message : `the embedded PostgreSQL failed: ${error?.stack ?? error}`);
  }
}

async function run() {
  const argv = process.argv.slice(2);
  build();
  const tool = await import(pathToFileURL(toolEntry).href);
  // --help and bad arguments need no database.
  let needsDatabase = true;
  try {
    needsDatabase = !tool.parseArguments(argv).help;
  } catch {
    needsDatabase = false;
  }
  if (!needsDatabase) return tool.main({ argv, databaseUrl: undefined });

  const db = await database();
  let stopping = false;
  const stopAndExit = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping…`);
    await db.stop();
    process.exit(EXIT_ERROR);
  };
  process.on('SIGINT', () => void stopAndExit('SIGINT'));
  process.on('SIGTERM', () => void stopAndExit('SIGTERM'));
  try {
    return await tool.main({ argv, databaseUrl: db.url });
  } finally {
    await db.stop();
  }
}

run().then(
  (code) => process.exit(code),
  (error) => fail(error?.stack ?? String(error)),
);
