// The API as a separate process (the built server through scripts/start.mjs, as `npm start` runs
// it), for tests that kill it, read everything it prints, or take its database away.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './private-postgres.js';
import { TEST_JWT_SECRET } from './app.js';

const SERVER_ENTRY = path.join(REPO_ROOT, 'apps/api/dist/apps/api/src/server.js');
const DOMAIN_ENTRY = path.join(REPO_ROOT, 'libs/domain/dist/index.js');
const SOURCES = ['apps/api/src', 'libs/domain/src', 'migrations'].map((dir) => path.join(REPO_ROOT, dir));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!fs.existsSync(SERVER_ENTRY) || !fs.existsSync(DOMAIN_ENTRY)) return true;
  const built = Math.min(fs.statSync(SERVER_ENTRY).mtimeMs, fs.statSync(DOMAIN_ENTRY).mtimeMs);
  return SOURCES.some((dir) => newestSource(dir) > built);
}

function tsc(project: string): void {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Building ${project} failed:\n${result.stdout}${result.stderr}`);
}

/**
 * `npm test` builds everything before testing; a lone `npx jest` may find the build missing or
 * older than the sources. Rebuild then, one test process at a time.
 */
export async function ensureApiBuilt(): Promise<void> {
  if (!isStale()) return;
  const lock = path.join(REPO_ROOT, 'apps/api/.test-build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Waited 2 minutes for another test's build (${lock}); remove it if stale.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!isStale()) return;
    tsc('libs/domain/tsconfig.lib.json');
    tsc('apps/api/tsconfig.app.json');
    const now = new Date();
    fs.utimesSync(SERVER_ENTRY, now, now);
    fs.utimesSync(DOMAIN_ENTRY, now, now);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface ChildApi {
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Sends SIGKILL and waits for the process to be gone. */
  kill(): Promise<void>;
  /** Sends SIGTERM (a graceful stop) and waits. */
  stop(): Promise<void>;
}

export async function startChildApi(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildApi> {
  await ensureApiBuilt();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/start.mjs')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      SKIP_BUILD: 'true',
      SEED_DEMO: 'false',
      PORT: '0',
      JWT_SECRET: TEST_JWT_SECRET,
      LOGIN_LIMIT_PER_IP: '100000',
      SIGNUP_LIMIT_PER_IP: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const output = () => chunks.join('');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = /Allot is ready on (http:\/\/\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The API exited while starting (${code ?? signal}):\n${output()}`));
    });
  });

  return {
    url,
    process: child,
    output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface HttpResult {
  status: number;
  body: any;
  ms: number;
}

/** A GraphQL POST with fetch, bounded in time; network failures resolve as status 0. */
export async function post(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 20_000): Promise<HttpResult> {
  const started = Date.now();
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, ms: Date.now() - started };
  } catch (error) {
    return { status: 0, body: { networkError: error instanceof Error ? error.message : String(error) }, ms: Date.now() - started };
  }
}

export async function getJson(baseUrl: string, route: string, timeoutMs = 20_000): Promise<HttpResult> {
  const started = Date.now();
  try {
    const res = await fetch(`${baseUrl}${route}`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, ms: Date.now() - started };
  } catch (error) {
    return { status: 0, body: { networkError: error instanceof Error ? error.message : String(error) }, ms: Date.now() - started };
  }
}

/** Data of a successful operation, or an error naming what went wrong. */
export function dataOf(result: HttpResult): any {
  if (result.status !== 200 || result.body?.errors?.length || !result.body?.data) {
    throw new Error(`Operation failed (${result.status}): ${JSON.stringify(result.body)}`);
  }
  return result.body.data;
}
