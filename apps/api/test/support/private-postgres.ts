// A PostgreSQL cluster of a test's own (scripts/embedded-postgres.mjs), under a temporary
// directory, which the test may stop and start again on the same port: for fault tests, and
// for tests that fingerprint a whole database and so must not share it with other test files.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../../..');

interface Embedded {
  url(database: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  process: ChildProcess;
}

type StartEmbedded = (options: { dataRoot: string; name?: string; log?: (line: string) => void }) => Promise<Embedded>;

async function loadStarter(): Promise<StartEmbedded> {
  // A computed specifier keeps the typechecker from looking for declarations of the .mjs file.
  const specifier = path.join(REPO_ROOT, 'scripts', 'embedded-postgres.mjs');
  const module = (await import(specifier)) as { startEmbeddedPostgres: StartEmbedded };
  return module.startEmbeddedPostgres;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export class PrivatePostgres {
  private current: ChildProcess;
  private readonly dataRoot: string;
  private readonly command: { file: string; args: string[]; uid?: number; gid?: number };

  private constructor(
    private readonly embedded: Embedded,
    dataRoot: string,
  ) {
    this.dataRoot = dataRoot;
    this.current = embedded.process;
    const owner = fs.statSync(embedded.dataDir);
    const asOwner = typeof process.getuid === 'function' && process.getuid() === 0 && owner.uid !== 0;
    this.command = {
      file: embedded.process.spawnfile,
      args: embedded.process.spawnargs.slice(1),
      ...(asOwner ? { uid: owner.uid, gid: owner.gid } : {}),
    };
  }

  /** Initialises and starts a fresh cluster; `databases` are created empty. */
  static async start(databases: string[] = []): Promise<PrivatePostgres> {
    const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'allot-test-pg-'));
    fs.chmodSync(dataRoot, 0o755);
    const startEmbedded = await loadStarter();
    const embedded = await startEmbedded({ dataRoot, name: `pg-${randomBytes(3).toString('hex')}` });
    const cluster = new PrivatePostgres(embedded, dataRoot);
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    try {
      for (const name of databases) await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    return cluster;
  }

  url(database: string): string {
    return this.embedded.url(database);
  }

  get running(): boolean {
    return this.current.exitCode === null && this.current.signalCode === null;
  }

  /** Fast shutdown (SIGINT): open transactions roll back, connections are closed. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.current.kill('SIGINT');
    await waitForExit(this.current, 15_000);
  }

  /** Starts the cluster again on the same port and data directory, and waits until it answers. */
  async restart(): Promise<void> {
    if (this.running) return;
    const child = spawn(this.command.file, this.command.args, {
      stdio: 'ignore',
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(this.command.uid !== undefined ? { uid: this.command.uid, gid: this.command.gid } : {}),
    });
    this.current = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error('PostgreSQL exited while restarting.');
      const client = new pg.Client({ connectionString: this.url('postgres'), connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('PostgreSQL did not accept connections within 30 s of a restart.');
  }

  /** Stops the cluster and removes its files. */
  async destroy(): Promise<void> {
    await this.stop();
    const link = this.embedded.dataDir;
    fs.rmSync(this.dataRoot, { recursive: true, force: true });
    if (!link.startsWith(this.dataRoot)) fs.rmSync(link, { recursive: true, force: true });
  }
}
