// `npm start`: build what is stale, start the embedded PostgreSQL when DATABASE_URL is unset,
// then run the API (which also serves the web app) in this process.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.join(root, '.data');
const serverEntry = path.join(root, 'apps/api/dist/apps/api/src/server.js');

function fail(message) {
  console.error(`\nAllot could not start: ${message}\n`);
  process.exit(1);
}

function build() {
  if (process.env.SKIP_BUILD === 'true' && fs.existsSync(serverEntry)) return;
  console.log('Building (cached when nothing changed)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '--outputStyle=stream'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) fail('the build failed (see above).');
}

function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataRoot, 'jwt-secret');
  fs.mkdirSync(dataRoot, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  build();
  const env = { ...process.env, JWT_SECRET: jwtSecret() };
  let embedded = null;
  if (!env.DATABASE_URL) {
    try {
      embedded = await startEmbeddedPostgres({ dataRoot, name: 'pg', log: (line) => console.log(line) });
      await ensureDatabase(embedded.url('postgres'), 'allot');
    } catch (error) {
      if (embedded) await embedded.stop();
      fail(error instanceof EmbeddedPostgresError ? error.message : `the embedded PostgreSQL failed: ${error.stack ?? error}`);
    }
    env.DATABASE_URL = embedded.url('allot');
  }
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.JWT_SECRET = env.JWT_SECRET;

  let server = null;
  let shuttingDown = false;
  const shutdown = async (signal) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n${signal}: stopping…`);
    try {
      await server?.close();
    } finally {
      await embedded?.stop();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const { runServer } = await import(pathToFileURL(serverEntry).href);
    server = await runServer({ seedByDefault: embedded !== null, env });
  } catch (error) {
    await embedded?.stop();
    fail(error?.message ?? String(error));
  }
}

main();
