// Where a dashboard request's time goes: starts the API in this process against a database the
// benchmark kept (KEEP_BENCH_DB=true npm run bench prints its URL), times every SQL statement the
// request sends, and prints them with the time spent outside the database.
//
//   DATABASE_URL=postgres://…/allot_bench_… node bench/profile.mjs [large|small] [requests]
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { DASHBOARD_QUERY } from './run.mjs';
import { graphqlClient, percentile, round } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/api/dist/apps/api/src');
const label = process.argv[2] ?? 'large';
const requests = Number(process.argv[3] ?? 50);
if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a database kept by KEEP_BENCH_DB=true npm run bench.');

// Every statement through node-postgres, timed from send to result.
let recording = null;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function query(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const started = performance.now();
  const result = original.call(this, config, values, callback);
  if (recording && text && result && typeof result.then === 'function') {
    const sink = recording;
    result.then(
      () => sink.push({ sql: text.replace(/\s+/g, ' ').trim(), ms: performance.now() - started }),
      () => undefined,
    );
  }
  return result;
};

const { loadConfig } = await import(pathToFileURL(path.join(dist, 'config/config.js')).href);
const { startServer } = await import(pathToFileURL(path.join(dist, 'main.js')).href);
const started = await startServer(loadConfig({ ...process.env, PORT: '0', NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64url') }));
const gql = graphqlClient(started.url.replace('localhost', '127.0.0.1'));
try {
  const login = await gql.query(`mutation { logIn(email: "leader@${label}.bench.allot.test", password: "bench-password-2026") { accessToken } }`);
  gql.setToken(login.logIn.accessToken);
  const month = new Date().toISOString().slice(0, 7);
  for (let i = 0; i < 20; i++) await gql.query(DASHBOARD_QUERY, { month });
  const perRequest = [];
  const bySql = new Map();
  for (let i = 0; i < requests; i++) {
    recording = [];
    const t0 = performance.now();
    await gql.query(DASHBOARD_QUERY, { month });
    const total = performance.now() - t0;
    await new Promise((resolve) => setImmediate(resolve));
    const statements = recording;
    recording = null;
    const inDb = statements.reduce((sum, s) => sum + s.ms, 0);
    perRequest.push({ total, inDb, count: statements.length });
    for (const s of statements) {
      const entry = bySql.get(s.sql) ?? { sql: s.sql, samples: [] };
      entry.samples.push(s.ms);
      bySql.set(s.sql, entry);
    }
  }
  const p50 = (values) => round(percentile(values, 50));
  console.log(
    `dashboard (${label}), ${requests} requests: p50 ${p50(perRequest.map((r) => r.total))} ms in all, ` +
      `${p50(perRequest.map((r) => r.inDb))} ms waiting on ${p50(perRequest.map((r) => r.count))} statements (summed; they run one after another)`,
  );
  for (const entry of [...bySql.values()].sort((a, b) => p50(b.samples) - p50(a.samples))) {
    console.log(`  ${String(p50(entry.samples)).padStart(7)} ms  ×${String(round(entry.samples.length / requests, 1)).padEnd(3)}  ${entry.sql.slice(0, 150)}`);
  }
} finally {
  gql.close();
  await started.close();
}
