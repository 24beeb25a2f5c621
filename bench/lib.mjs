// Small helpers of the benchmark: percentiles, a progress bar on stderr, a keep-alive HTTP
// client for sequential GraphQL requests, autocannon runs that count GraphQL errors as failures,
// and the server process's memory from /proc.
import fs from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';

// --- Statistics ------------------------------------------------------------------------------

/** Nearest-rank percentile of already collected samples (ms). */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summarise(samples) {
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return {
    n: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    meanMs: round(mean),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
  };
}

export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `count` times one after another (stopping early
 * once `budgetMs` is spent, after at least `minCount` runs); returns the latency summary.
 */
export async function sequential(fn, { count = 200, warmup = 20, budgetMs = Infinity, minCount = 30 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
    if (samples.length >= minCount && performance.now() - started > budgetMs) break;
  }
  return summarise(samples);
}

/**
 * Like sequential, for several functions measured in turns (a, b, a, b, …): drift in the
 * machine's speed during the run then affects each of them alike, so their ratio stays fair.
 */
export async function alternating(fns, { count = 200, warmup = 20, budgetMs = Infinity, minCount = 30 } = {}) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn(i);
  const samples = fns.map(() => []);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    for (const [index, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn(i);
      samples[index].push(performance.now() - t0);
    }
    if (i + 1 >= minCount && performance.now() - started > budgetMs) break;
  }
  return samples.map(summarise);
}

/** `workers` loops calling fn for `durationMs`; completed calls per second and their latencies. */
export async function concurrent(fnFor, { workers = 10, durationMs = 10_000 } = {}) {
  const samples = [];
  let done = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      const fn = await fnFor(worker);
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
        done++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: round(done / seconds, 1),
    requests: done,
    seconds: round(seconds),
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
  };
}

// --- Progress bar ----------------------------------------------------------------------------

/** A one-line progress bar on stderr (a line every 10 % when stderr is not a terminal). */
export class Progress {
  constructor(title, total) {
    this.title = title;
    this.total = Math.max(1, total);
    this.done = 0;
    this.label = '';
    this.started = performance.now();
    this.tty = process.stderr.isTTY;
    this.lastDecile = -1;
    this.render();
  }

  tick(count, label = this.label) {
    this.done = Math.min(this.total, this.done + count);
    this.label = label;
    this.render();
  }

  render() {
    const share = this.done / this.total;
    const width = 30;
    const filled = Math.round(share * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const line = `  ${this.title} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${seconds} s  ${this.label}`;
    if (this.tty) {
      process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 120) - 1).padEnd((process.stderr.columns || 120) - 1)}`);
    } else {
      const decile = Math.floor(share * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        process.stderr.write(`${line}\n`);
      }
    }
  }

  finish(label = 'done') {
    this.done = this.total;
    this.label = label;
    this.lastDecile = -1;
    this.render();
    if (this.tty) process.stderr.write('\n');
    return (performance.now() - this.started) / 1000;
  }
}

// --- HTTP ------------------------------------------------------------------------------------

/** A keep-alive HTTP client on one socket: sequential requests measure latency, not connects. */
export function httpClient(baseUrl) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  function request(method, path, { headers = {}, body, onChunk } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(body);
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: { ...headers, ...(payload ? { 'content-length': payload.length } : {}) },
        },
        (res) => {
          const chunks = [];
          let bytes = 0;
          res.on('data', (chunk) => {
            bytes += chunk.length;
            if (onChunk) onChunk(chunk);
            else chunks.push(chunk);
          });
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes, body: onChunk ? '' : Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  return { request, close: () => agent.destroy() };
}

/** GraphQL over HTTP with a bearer token; throws on transport or GraphQL errors. */
export function graphqlClient(baseUrl, token = null) {
  const client = httpClient(baseUrl);
  const headers = () => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });
  return {
    setToken(value) {
      token = value;
    },
    get token() {
      return token;
    },
    async query(query, variables = {}) {
      const res = await client.request('POST', '/graphql', { headers: headers(), body: JSON.stringify({ query, variables }) });
      let parsed;
      try {
        parsed = JSON.parse(res.body);
      } catch {
        throw new Error(`GraphQL answered ${res.status} with a body that is not JSON: ${res.body.slice(0, 300)}`);
      }
      if (parsed.errors?.length) {
        const first = parsed.errors[0];
        throw new Error(`GraphQL error ${first.extensions?.code ?? ''}: ${first.message}`);
      }
      return parsed.data;
    },
    /** Downloads a path, counting bytes without keeping them. */
    async download(path) {
      let newlines = 0;
      const res = await client.request('GET', path, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        onChunk: (chunk) => {
          for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++;
        },
      });
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
      return { bytes: res.bytes, lines: newlines };
    },
    close: () => client.close(),
  };
}

/**
 * autocannon against the GraphQL endpoint: `connections` connections for `seconds`. A response
 * with GraphQL errors (or a non-2xx status) is not counted as a success.
 */
export async function cannon({ url, token, body, requests, connections = 10, seconds = 10 }) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body ? { body } : {}),
    ...(requests ? { requests } : {}),
    verifyBody: (text) => typeof text === 'string' && !text.includes('"errors"'),
  });
  const failed = result.non2xx + result.mismatches + result.errors + result.timeouts;
  const succeeded = result['2xx'] - result.mismatches;
  return {
    rps: round(succeeded / result.duration, 1),
    requests: result['2xx'] + result.non2xx,
    failed,
    seconds: result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP97_5Ms: result.latency.p97_5,
    latencyP99Ms: result.latency.p99,
  };
}

// --- Memory of another process -------------------------------------------------------------

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function processMemory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: round(kb('VmRSS') / 1024, 1), peakMb: round(kb('VmHWM') / 1024, 1) };
}

/** Resets the process's peak RSS (VmHWM) to its current RSS; false when the kernel refuses. */
export function resetPeakMemory(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the highest seen (MB). */
export function sampleMemory(pid, everyMs = 5) {
  let highest = 0;
  const timer = setInterval(() => {
    try {
      highest = Math.max(highest, processMemory(pid).rssMb);
    } catch {
      // The process is gone: keep what was seen.
    }
  }, everyMs);
  return () => {
    clearInterval(timer);
    return highest;
  };
}
