// `npm test`: every project's tests against a fresh PostgreSQL database made for this run, on
// the server DATABASE_URL names, or on an embedded PostgreSQL when it is unset. The database is
// dropped afterwards (KEEP_TEST_DB=true keeps it for a post-mortem).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function adminUrlOf(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

async function withAdmin(adminUrl, fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function nx(args, env) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  }).status;
}

async function isEmptyDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    return rows[0].n === 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  let embedded = null;
  let adminUrl;
  if (process.env.DATABASE_URL) {
    adminUrl = adminUrlOf(process.env.DATABASE_URL);
  } else {
    embedded = await startEmbeddedPostgres({ dataRoot: path.join(root, '.data'), name: 'pg-test', log: (l) => console.log(l) });
    adminUrl = embedded.url('postgres');
  }
  // A given database that is empty and named for tests is used as it is (CI makes one per run);
  // otherwise a fresh one is made beside it and dropped afterwards.
  let database = null;
  let created = false;
  if (process.env.DATABASE_URL) {
    const given = new URL(process.env.DATABASE_URL).pathname.slice(1);
    if (/test/i.test(given) && (await isEmptyDatabase(process.env.DATABASE_URL))) database = given;
  }
  if (!database) {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    database = `allot_test_${stamp}_${randomBytes(3).toString('hex')}`;
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
    created = true;
  }
  const testUrl = new URL(process.env.DATABASE_URL ?? adminUrl);
  testUrl.pathname = `/${database}`;
  console.log(`Testing against the fresh database ${database} on ${testUrl.host}`);

  let status = 1;
  try {
    const env = { ...process.env, DATABASE_URL: testUrl.toString(), NODE_ENV: 'test' };
    status = nx(['run-many', '-t', 'build', '--outputStyle=stream'], env);
    if (status === 0) status = nx(['run-many', '-t', 'test', '--outputStyle=stream', '--parallel=1'], env);
    if (status === 0 && process.env.SKIP_E2E !== 'true') status = nx(['run-many', '-t', 'e2e', '--outputStyle=stream', '--parallel=1'], env);
  } finally {
    if (created && process.env.KEEP_TEST_DB !== 'true') {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch((error) =>
        console.error(`Could not drop ${database}: ${error.message}`),
      );
    }
    await embedded?.stop();
  }
  process.exit(status ?? 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
