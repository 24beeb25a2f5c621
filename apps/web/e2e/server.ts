// Starts Allot exactly as `npm start` does (built app, demo data) for the browser tests, on a
// free port and on the database given (global-setup makes a fresh one per run; without one,
// start.mjs would use DATABASE_URL or the embedded cluster).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const webDist = path.join(root, 'apps/web/dist');

export async function startAllot(databaseUrl?: string): Promise<RunningServer> {
  if (!existsSync(path.join(webDist, 'index.html')) || !existsSync(path.join(root, 'apps/api/dist'))) {
    throw new Error('Build first: npx nx run-many -t build (the end-to-end tests run the built API and web app).');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(port),
      SKIP_BUILD: 'true',
      SEED_DEMO: 'true',
      NODE_ENV: 'development',
      LOGIN_LIMIT_PER_IP: '100000',
      LOGIN_LIMIT_PER_EMAIL: '100000',
      SIGNUP_LIMIT_PER_IP: '100000',
      SIGNUP_LIMIT_PER_EMAIL: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Allot exited while starting:\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok && output.join('').includes('Allot is ready')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Allot did not become ready in 90 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}
