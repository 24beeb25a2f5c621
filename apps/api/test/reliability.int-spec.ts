// Faults, on a PostgreSQL cluster of this file's own and the API as a separate process:
// - the API killed with SIGKILL in the middle of a burst of writes, then restarted: every write
//   it acknowledged is there, and nothing is half-written (a held meeting always has its time
//   entry and log entries, the usage rollup equals the time entries, the log chains verify,
//   invoice numbers stay gapless);
// - PostgreSQL stopped under load: readiness answers 503, requests fail fast with
//   SERVICE_UNAVAILABLE instead of hanging, and the API recovers by itself when it returns.
// Concurrency without faults is covered beside each feature: 20 concurrent logTime
// (time-entries.int-spec.ts), 50 concurrent issueInvoice (invoices.int-spec.ts), 30 concurrent
// log appends (accountability-log.int-spec.ts).
import net from 'node:net';
import pg from 'pg';
import { createDataSource } from '../src/database/data-source.js';
import { isDatabaseUnavailable } from '../src/database/connection-errors.js';
import { dataOf, getJson, post, startChildApi, type ChildApi, type HttpResult } from './support/child-api.js';
import { PrivatePostgres } from './support/private-postgres.js';
import { retainerInput } from './support/engagement.js';
import { clientInput, PASSWORD } from './support/factories.js';
import { SELLER } from './support/invoicing.js';

const DATABASE = 'allot_reliability_test';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const CREATE_CLIENT = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const CREATE_RETAINER = `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id title } }`;
const RECORD = `mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id status timeEntry { id minutes } } }`;
const LOG_TIME = `mutation ($input: LogTimeInput!) { logTime(input: $input) { id minutes } }`;
const APPEND = `mutation ($input: AppendLogEntryInput!) { appendLogEntry(input: $input) { id seq hash } }`;
const GENERATE = `mutation ($month: Month!) { generateInvoices(month: $month) { id client { id } periodMonth } }`;
const ISSUE = `mutation ($id: ID!) { issueInvoice(id: $id) { id number } }`;
const VERIFY = `query ($clientId: ID!) { verifyAccountabilityLog(clientId: $clientId) { ok entryCount firstBrokenSeq } }`;
const USED = `query ($id: ID!, $month: Month!) { retainer(id: $id) { balances(from: $month, to: $month) { usedMinutes } } }`;

/** Codes a request may fail with while the database is away; anything else is a bug. */
const OUTAGE_CODES = new Set(['SERVICE_UNAVAILABLE']);

interface Fixture {
  token: string;
  clients: Array<{ id: string; retainerId: string }>;
  meetings: Array<{ id: string; title: string }>;
  drafts: string[];
}

type Write =
  | { kind: 'logTime'; input: Record<string, unknown> }
  | { kind: 'record'; meetingId: string; title: string }
  | { kind: 'append'; clientId: string; title: string }
  | { kind: 'issue'; invoiceId: string };

interface Outcome {
  write: Write;
  result: HttpResult;
}

async function runWrite(api: ChildApi, token: string, write: Write): Promise<HttpResult> {
  switch (write.kind) {
    case 'logTime':
      return post(api.url, LOG_TIME, { input: write.input }, token);
    case 'record':
      return post(
        api.url,
        RECORD,
        {
          input: {
            meetingId: write.meetingId,
            sharedNotes: 'Notes',
            decisions: ['Ship it', 'Hire a lead'],
            actionItems: [{ title: 'Draft the plan', owner: 'Ana' }],
          },
        },
        token,
      );
    case 'append':
      return post(api.url, APPEND, { input: { clientId: write.clientId, kind: 'NOTE', title: write.title, body: 'Burst' } }, token);
    case 'issue':
      return post(api.url, ISSUE, { id: write.invoiceId }, token);
  }
}

function acknowledged(outcome: Outcome): boolean {
  return outcome.result.status === 200 && !outcome.result.body?.errors && outcome.result.body?.data != null;
}

function shuffle<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('reliability under faults', () => {
  let cluster: PrivatePostgres;
  let api: ChildApi;
  let sql: pg.Client;
  let fixture: Fixture;

  const env = () => ({ DATABASE_URL: cluster.url(DATABASE) });

  async function connectSql(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: cluster.url(DATABASE) });
    client.on('error', () => undefined); // the outage test stops the server under it
    await client.connect();
    return client;
  }

  beforeAll(async () => {
    cluster = await PrivatePostgres.start([DATABASE]);
    api = await startChildApi(env());
    sql = await connectSql();
    fixture = await buildFixture(api);
  }, 120_000);

  afterAll(async () => {
    await sql?.end().catch(() => undefined);
    await api?.kill();
    await cluster?.destroy();
  }, 60_000);

  async function buildFixture(target: ChildApi): Promise<Fixture> {
    const email = `reliability-${Date.now()}@example.test`;
    const signUp = dataOf(
      await post(target.url, SIGN_UP, {
        input: { email, password: PASSWORD, name: 'Rel Leader', workspaceName: 'Reliability', timezone: 'Europe/Prague', currency: 'EUR' },
      }),
    );
    const token: string = signUp.signUp.accessToken;
    dataOf(await post(target.url, `mutation ($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }`, { input: SELLER }, token));
    const clients: Fixture['clients'] = [];
    for (let i = 0; i < 3; i++) {
      const client = dataOf(await post(target.url, CREATE_CLIENT, { input: clientInput({ name: `Crash client ${i}` }) }, token)).createClient;
      const retainer = dataOf(await post(target.url, CREATE_RETAINER, { input: retainerInput(client.id, { startMonth: '2026-01' }) }, token)).createRetainer;
      clients.push({ id: client.id, retainerId: retainer.id });
    }
    const meetings: Fixture['meetings'] = [];
    for (let i = 0; i < 24; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const input = {
        clientId: clients[i % 3].id,
        kind: 'LEADERSHIP',
        title: `Burst meeting ${i}`,
        startsAt: `2026-10-${day}T09:00:00Z`,
        endsAt: `2026-10-${day}T10:30:00Z`,
        attendees: ['Ana'],
        agenda: 'Plan',
      };
      meetings.push(dataOf(await post(target.url, SCHEDULE, { input }, token)).scheduleMeeting);
    }
    const drafts: string[] = [];
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']) {
      for (const invoice of dataOf(await post(target.url, GENERATE, { month }, token)).generateInvoices) drafts.push(invoice.id);
    }
    return { token, clients, meetings, drafts };
  }

  function burst(): Write[] {
    const writes: Write[] = [];
    for (let i = 0; i < 60; i++) {
      const client = fixture.clients[i % 3];
      const day = String(1 + (i % 28)).padStart(2, '0');
      writes.push({
        kind: 'logTime',
        input: { retainerId: client.retainerId, date: `2026-09-${day}`, minutes: 10 + i, category: 'ASYNC', description: `Burst ${i}`, billable: i % 5 !== 0 },
      });
    }
    for (const meeting of fixture.meetings) writes.push({ kind: 'record', meetingId: meeting.id, title: meeting.title });
    for (let i = 0; i < 30; i++) writes.push({ kind: 'append', clientId: fixture.clients[i % 3].id, title: `Burst note ${i}` });
    for (const invoiceId of fixture.drafts) writes.push({ kind: 'issue', invoiceId });
    return shuffle(writes);
  }

  /** Runs the writes through `concurrency` parallel lanes; calls onAck after each acknowledged one. */
  async function drive(target: ChildApi, writes: Write[], concurrency: number, onAck: (count: number) => void): Promise<Outcome[]> {
    const queue = [...writes];
    const outcomes: Outcome[] = [];
    let acks = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let write = queue.shift(); write; write = queue.shift()) {
          const outcome = { write, result: await runWrite(target, fixture.token, write) };
          outcomes.push(outcome);
          if (acknowledged(outcome)) onAck(++acks);
        }
      }),
    );
    return outcomes;
  }

  async function expectConsistent(target: ChildApi): Promise<void> {
    // Every held meeting has exactly its time entry and log entries; a scheduled one has none.
    const meetings = await sql.query(
      `SELECT m.id, m.title, m.status, m.time_entry_id,
              (SELECT count(*)::int FROM time_entries t WHERE t.meeting_id = m.id) AS entries,
              (SELECT count(*)::int FROM time_entries t WHERE t.id = m.time_entry_id AND t.meeting_id = m.id) AS linked,
              (SELECT count(*)::int FROM log_entries l WHERE l.client_id = m.client_id AND l.kind = 'DECISION' AND l.body = 'Decided in “' || m.title || '”.') AS decisions,
              (SELECT count(*)::int FROM log_entries l WHERE l.client_id = m.client_id AND l.kind = 'ACTION_ITEM' AND l.body = 'From “' || m.title || '”.') AS actions,
              (SELECT count(*)::int FROM log_entries l WHERE l.client_id = m.client_id AND l.kind = 'SYSTEM' AND l.title = 'Meeting held: ' || m.title) AS system
         FROM meetings m`,
    );
    const broken = meetings.rows.filter((m) =>
      m.status === 'HELD'
        ? !(m.entries === 1 && m.linked === 1 && m.decisions === 2 && m.actions === 1 && m.system === 1)
        : !(m.time_entry_id === null && m.entries === 0 && m.decisions === 0 && m.actions === 0 && m.system === 0),
    );
    expect(broken).toEqual([]);

    // The monthly rollup equals the billable minutes of the time entries, for every retainer-month.
    const rollup = await sql.query(
      `WITH sums AS (
         SELECT retainer_id, to_char(date, 'YYYY-MM') AS month, sum(minutes) FILTER (WHERE billable)::int AS minutes
           FROM time_entries GROUP BY 1, 2)
       SELECT coalesce(s.retainer_id, u.retainer_id) AS retainer_id, coalesce(s.month, u.month) AS month,
              coalesce(s.minutes, 0) AS entries, coalesce(u.billable_minutes, 0) AS rollup
         FROM sums s FULL JOIN retainer_month_usage u ON u.retainer_id = s.retainer_id AND u.month = s.month
        WHERE coalesce(s.minutes, 0) <> coalesce(u.billable_minutes, 0)`,
    );
    expect(rollup.rows).toEqual([]);

    // Every client's log chain verifies and the head matches the entries.
    for (const client of fixture.clients) {
      const verification = dataOf(await post(target.url, VERIFY, { clientId: client.id }, fixture.token)).verifyAccountabilityLog;
      const [{ count }] = (await sql.query(`SELECT count(*)::int AS count FROM log_entries WHERE client_id = $1`, [client.id])).rows;
      expect(verification).toEqual({ ok: true, entryCount: count, firstBrokenSeq: null });
    }

    // Invoice numbers are gapless from 0001 within each year's sequence ({prefix}{YYYY}-{0001}).
    const numbers: string[] = (await sql.query(`SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number`)).rows.map((r) => r.number);
    const sequences = new Map<string, number[]>();
    for (const number of numbers) {
      const [, series, counter] = /^(.*-)(\d{4})$/.exec(number) ?? [number, number, 'NaN'];
      sequences.set(series, [...(sequences.get(series) ?? []), Number(counter)]);
    }
    for (const [series, counters] of sequences) expect({ series, counters }).toEqual({ series, counters: counters.map((_, i) => i + 1) });
  }

  it('keeps every acknowledged write and nothing half-written when the API is killed mid-burst', async () => {
    const writes = burst();
    let killed: Promise<void> | null = null;
    const outcomes = await drive(api, writes, 12, (acks) => {
      // Kill once a third of the burst is acknowledged: plenty is in flight at that moment.
      if (acks === Math.floor(writes.length / 3) && !killed) killed = api.kill();
    });
    await killed;
    const acked = outcomes.filter(acknowledged);
    const failed = outcomes.filter((o) => !acknowledged(o));
    expect(acked.length).toBeGreaterThanOrEqual(Math.floor(writes.length / 3));
    expect(failed.length).toBeGreaterThan(0); // the kill really interrupted the burst

    api = await startChildApi(env());

    for (const { write, result } of acked) {
      const data = result.body.data;
      if (write.kind === 'logTime') {
        const rows = (await sql.query(`SELECT minutes FROM time_entries WHERE id = $1`, [data.logTime.id])).rows;
        expect({ id: data.logTime.id, rows }).toEqual({ id: data.logTime.id, rows: [{ minutes: write.input.minutes }] });
      } else if (write.kind === 'record') {
        const rows = (await sql.query(`SELECT status, time_entry_id FROM meetings WHERE id = $1`, [write.meetingId])).rows;
        expect(rows).toEqual([{ status: 'HELD', time_entry_id: data.recordMeeting.timeEntry.id }]);
      } else if (write.kind === 'append') {
        const rows = (await sql.query(`SELECT seq, hash FROM log_entries WHERE id = $1`, [data.appendLogEntry.id])).rows;
        expect(rows).toEqual([{ seq: data.appendLogEntry.seq, hash: data.appendLogEntry.hash }]);
      } else {
        const rows = (await sql.query(`SELECT status, number FROM invoices WHERE id = $1`, [write.invoiceId])).rows;
        expect(rows).toEqual([{ status: 'ISSUED', number: data.issueInvoice.number }]);
      }
    }
    await expectConsistent(api);

    // The restarted API takes the rest of the burst, and everything still adds up.
    const retry = writes.filter((write) => !acked.some((o) => o.write === write) && write.kind !== 'logTime');
    const retried = await drive(api, retry, 6, () => undefined);
    for (const outcome of retried.filter((o) => !acknowledged(o))) {
      // A write that committed before the kill is refused as already done, never half-applied.
      expect(outcome.result.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    await expectConsistent(api);
    const used = dataOf(await post(api.url, USED, { id: fixture.clients[0].retainerId, month: '2026-09' }, fixture.token));
    const [{ minutes }] = (
      await sql.query(
        `SELECT coalesce(sum(minutes) FILTER (WHERE billable), 0)::int AS minutes FROM time_entries WHERE retainer_id = $1 AND date BETWEEN '2026-09-01' AND '2026-09-30'`,
        [fixture.clients[0].retainerId],
      )
    ).rows;
    expect(used.retainer.balances[0].usedMinutes).toBe(minutes);
  }, 120_000);

  it('answers 503 and fails requests fast with SERVICE_UNAVAILABLE while PostgreSQL is down, then recovers by itself', async () => {
    const client = fixture.clients[1];
    const operations = [
      () => post(api.url, USED, { id: client.retainerId, month: '2026-09' }, fixture.token, 15_000),
      () =>
        post(
          api.url,
          LOG_TIME,
          { input: { retainerId: client.retainerId, date: '2026-11-02', minutes: 5, category: 'ASYNC', description: 'Load' } },
          fixture.token,
          15_000,
        ),
      () => post(api.url, APPEND, { input: { clientId: client.id, kind: 'NOTE', title: 'Load note', body: '' } }, fixture.token, 15_000),
      () =>
        post(
          api.url,
          '{ clients { id name retainers { id } } dashboard(month: "2026-10") { clients { balance { usedMinutes } } } }',
          {},
          fixture.token,
          15_000,
        ),
    ];
    const pid = api.process.pid;
    const results: Array<HttpResult & { phase: string }> = [];
    let phase = 'up';
    let loading = true;
    const load = Promise.all(
      Array.from({ length: 8 }, async (_, lane) => {
        for (let i = lane; loading; i++) {
          const current = phase;
          const result = await operations[i % operations.length]();
          results.push({ ...result, phase: current });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));

      phase = 'stopping';
      await sql.end();
      await cluster.stop();
      phase = 'down';
      const ready = await getJson(api.url, '/health/ready', 10_000);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'unavailable', database: 'down' });
      expect(ready.ms).toBeLessThan(3_000);
      expect((await getJson(api.url, '/health/live')).status).toBe(200);
      for (const operation of operations) {
        const result = await operation();
        expect(result.status).toBeGreaterThan(0); // answered, not hung or cut off
        expect(result.ms).toBeLessThan(7_000);
        const codes = (result.body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
        expect(codes).toEqual(['SERVICE_UNAVAILABLE']);
        expect(result.body.errors[0].message).toMatch(/database|unavailable/i);
      }
      const pdf = await fetch(`${api.url}/api/invoices/${fixture.drafts[0]}/pdf`, {
        headers: { authorization: `Bearer ${fixture.token}` },
        signal: AbortSignal.timeout(10_000),
      });
      expect({ status: pdf.status, body: await pdf.json() }).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      phase = 'recovering';
      await cluster.restart();
      const deadline = Date.now() + 15_000;
      let readyAgain = await getJson(api.url, '/health/ready', 5_000);
      while (readyAgain.status !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        readyAgain = await getJson(api.url, '/health/ready', 5_000);
      }
      expect(readyAgain.status).toBe(200);
      sql = await connectSql();
      phase = 'up again';
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      loading = false;
      await load;
    }

    expect(api.process.pid).toBe(pid);
    expect(api.process.exitCode).toBeNull();
    // Nothing hung: every request was answered within the bound, and the failures were coded.
    expect(results.filter((r) => r.status === 0 || r.ms > 7_000)).toEqual([]);
    const unexpected = results
      .flatMap((r) =>
        (r.body.errors ?? []).map((e: { extensions?: { code?: string }; message: string }) => ({
          phase: r.phase,
          code: e.extensions?.code,
          message: e.message,
        })),
      )
      .filter((e) => !OUTAGE_CODES.has(e.code ?? '') || e.phase === 'up again');
    if (unexpected.length) throw new Error(`Unexpected errors: ${JSON.stringify(unexpected)}\nAPI output:\n${api.output().slice(-4000)}`);
    expect(results.some((r) => r.phase === 'down' && r.body.errors)).toBe(true);
    // Every operation works again after the outage.
    for (const operation of operations) expect(dataOf(await operation())).toBeTruthy();
    await expectConsistent(api);
  }, 120_000);
});

describe('a connection that PostgreSQL ends as the pool hands it out', () => {
  /** The wire protocol's typed message: type byte, int32 length (itself included), body. */
  function message(type: string, body: Buffer): Buffer {
    const header = Buffer.alloc(5);
    header.write(type, 0);
    header.writeInt32BE(4 + body.length, 1);
    return Buffer.concat([header, body]);
  }

  it('fails the caller with a database outage instead of ending the process', async () => {
    // A server that accepts the start-up and, in the same packet, sends the FATAL a shutting
    // down PostgreSQL sends every connection: node-postgres emits 'error' before anyone listens.
    const fatal = Buffer.from('SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0\0');
    const authOk = Buffer.alloc(4);
    const server = net.createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => {
        socket.end(Buffer.concat([message('R', authOk), message('Z', Buffer.from('I')), message('E', fatal)]));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const dataSource = createDataSource(`postgres://allot:secret@127.0.0.1:${port}/allot`, 2);
      const error = await dataSource.initialize().then(
        () => null,
        (failure: unknown) => failure,
      );
      if (dataSource.isInitialized) await dataSource.destroy();
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      server.close();
    }
  });
});
