// The benchmark itself, given a migrated fresh database and a started API (scripts/bench.mjs
// prepares both and cleans up): seeds the two workspaces, then measures everything against the
// one server process. Returns the results object that becomes bench/results.json.
import { addMonths, formatMonthLong } from '@allot/domain';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import { floorDashboard } from './floor.mjs';
import {
  alternating,
  cannon,
  concurrent,
  graphqlClient,
  percentile,
  processMemory,
  Progress,
  resetPeakMemory,
  round,
  sampleMemory,
  sequential,
} from './lib.mjs';
import { checkConsistency, planWorkspace, rowsToWrite, TIMEZONE, workspaceSpec, writeWorkspace } from './seed.mjs';

const BALANCE_FIELDS = `month minutesPerDay allocatedMinutes carriedInMinutes availableMinutes usedMinutes remainingMinutes overageMinutes
  expiredMinutes carriedOutMinutes projectedUsedMinutes status locked`;

/** The web app's dashboard selection (apps/web/src/dashboard). */
export const DASHBOARD_QUERY = `query Dashboard($month: Month!) {
  dashboard(month: $month) {
    month
    capacity { capacityMinutes allocatedMinutes usedMinutes projectedUsedMinutes }
    clients {
      client { id name currency }
      balance { ${BALANCE_FIELDS} }
      hasActiveRetainer
      openActionItems
      overdueDeliverables
      lastMeeting { id title startsAt }
      nextMeeting { id title startsAt }
    }
    alerts { kind severity message client { id name } }
  }
}`;

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken viewer { user { id name } membership { workspace { id } } } }
}`;

const LOG_IN = `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;

const LOG_TIME = `mutation LogTime($input: LogTimeInput!) { logTime(input: $input) { id minutes } }`;

const BALANCES = `query Balances($id: ID!, $from: Month!, $to: Month!) { retainer(id: $id) { id balances(from: $from, to: $to) { ${BALANCE_FIELDS} } } }`;

const GENERATE = `mutation Generate($month: Month!) { generateInvoices(month: $month) { id status number client { id } } }`;

const ISSUE = `mutation Issue($id: ID!) { issueInvoice(id: $id) { id status number } }`;

async function signUp(url, label, password) {
  const gql = graphqlClient(url);
  const data = await gql.query(SIGN_UP, {
    input: {
      email: `leader@${label}.bench.allot.test`,
      password,
      name: 'Lee Leader',
      workspaceName: `Bench ${label}`,
      timezone: TIMEZONE,
      currency: 'EUR',
    },
  });
  gql.setToken(data.signUp.accessToken);
  return { gql, userId: data.signUp.viewer.user.id, name: data.signUp.viewer.user.name, workspaceId: data.signUp.viewer.membership.workspace.id };
}

/** Compares two dashboards' figures (client balances, counts, meetings, capacity, alerts). */
function compareDashboards(a, b, { ids = true } = {}) {
  const differences = [];
  if (JSON.stringify(a.capacity) !== JSON.stringify(b.capacity)) differences.push('capacity');
  if (a.clients.length !== b.clients.length) differences.push(`clients ${a.clients.length} vs ${b.clients.length}`);
  a.clients.forEach((x, i) => {
    const y = b.clients[i];
    if (!y) return;
    const fields = ['hasActiveRetainer', 'openActionItems', 'overdueDeliverables'];
    for (const f of fields) if (x[f] !== y[f]) differences.push(`${x.client.name} ${f} ${x[f]} vs ${y[f]}`);
    for (const [k, v] of Object.entries(x.balance)) if (y.balance[k] !== v) differences.push(`${x.client.name} balance.${k} ${v} vs ${y.balance[k]}`);
    if (ids) {
      if ((x.lastMeeting?.id ?? null) !== (y.lastMeeting?.id ?? null)) differences.push(`${x.client.name} lastMeeting`);
      if ((x.nextMeeting?.id ?? null) !== (y.nextMeeting?.id ?? null)) differences.push(`${x.client.name} nextMeeting`);
    }
  });
  const alerts = (d) => d.alerts.map((alert) => `${alert.kind}|${alert.severity}|${alert.message}`).join('\n');
  if (alerts(a) !== alerts(b)) differences.push('alerts');
  return differences;
}

/** Heap (MB) that the export's invoices and lines of a period take when all held at once. */
async function heldInMemoryMb(pool, workspaceId, from, to) {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  gc();
  const before = process.memoryUsage().heapUsed;
  const invoices = (
    await pool.query(`SELECT * FROM invoices WHERE workspace_id = $1 AND period_month BETWEEN $2 AND $3 AND status <> 'DRAFT'`, [workspaceId, from, to])
  ).rows;
  const lines = (
    await pool.query(
      `SELECT l.* FROM invoice_lines l JOIN invoices i ON i.workspace_id = l.workspace_id AND i.id = l.invoice_id
      WHERE i.workspace_id = $1 AND i.period_month BETWEEN $2 AND $3 AND i.status <> 'DRAFT'`,
      [workspaceId, from, to],
    )
  ).rows;
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (invoices.length + lines.length < 0) throw new Error('unreachable: keeps the rows alive until measured');
  return round(held / 2 ** 20, 1);
}

export async function seedAndMeasure({ server, databaseUrl, scale, seconds, sequential: count, password, step, log }) {
  const results = { seed: {}, checks: {} };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 12 });
  const url = server.url;

  // --- Seed -------------------------------------------------------------------------------
  step('Seeding the large workspace and its small twin');
  let t = performance.now();
  const large = await signUp(url, 'large', password);
  const small = await signUp(url, 'small', password);
  const hash = (await pool.query(`SELECT password_hash FROM users WHERE id = $1`, [large.userId])).rows[0].password_hash;
  const plans = {};
  for (const [label, who, entries] of [
    ['large', large, 200_000],
    ['small', small, 20_000],
  ]) {
    const planStarted = performance.now();
    plans[label] = planWorkspace(workspaceSpec(label, entries, scale), {
      workspaceId: who.workspaceId,
      leaderId: who.userId,
      leaderName: who.name,
      passwordHash: hash,
      emailDomain: `${label}.bench.allot.test`,
    });
    plans[label].label = label;
    log(`  planned ${label} in ${((performance.now() - planStarted) / 1000).toFixed(1)} s: ${JSON.stringify(plans[label].counts)}`);
  }
  const seedClient = await pool.connect();
  try {
    await seedClient.query(`SET synchronous_commit = off`);
    const progress = new Progress('seeding', rowsToWrite(plans.large) + rowsToWrite(plans.small));
    for (const plan of [plans.large, plans.small]) await writeWorkspace(seedClient, plan, (n, label) => progress.tick(n, label));
    progress.finish('written');
    const vacuum = performance.now();
    await seedClient.query('VACUUM ANALYZE');
    log(`  VACUUM ANALYZE in ${((performance.now() - vacuum) / 1000).toFixed(1)} s`);
    for (const plan of [plans.large, plans.small]) {
      const problems = await checkConsistency(seedClient, plan.workspaceId);
      if (problems.length > 0) throw new Error(`The ${plan.label} workspace is inconsistent: ${problems.join('; ')}`);
    }
  } finally {
    seedClient.release();
  }
  results.seed = {
    seconds: round((performance.now() - t) / 1000, 1),
    large: plans.large.counts,
    small: plans.small.counts,
    months: `${plans.large.firstMonth} … ${plans.large.currentMonth}`,
  };
  results.checks.seedConsistent = true;
  const sizes = (
    await pool.query(
      `SELECT relname, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE relname IN ('time_entries', 'retainer_month_usage', 'log_entries')`,
    )
  ).rows;
  results.seed.tableMb = Object.fromEntries(sizes.map((row) => [row.relname, round(Number(row.bytes) / 2 ** 20, 1)]));
  log(
    `  seeded in ${results.seed.seconds} s; consistent: rollup = time entries, log heads = last entries, HELD meetings ↔ time entries, action-item status = last status change`,
  );

  // Each chain, as the API verifies it (one client per workspace: the full walk is not the point).
  for (const plan of [plans.large, plans.small]) {
    const gql = plan === plans.large ? large.gql : small.gql;
    const verified = await gql.query(`query V($id: ID!) { verifyAccountabilityLog(clientId: $id) { ok entryCount } }`, { id: plan.clients[0].id });
    if (!verified.verifyAccountabilityLog.ok) throw new Error(`The ${plan.label} log of ${plan.clients[0].name} does not verify.`);
  }
  results.checks.logChainVerifiedByApi = true;

  const month = plans.large.currentMonth;
  const variables = { month };
  const body = JSON.stringify({ query: DASHBOARD_QUERY, variables });
  const trivialBody = JSON.stringify({ query: '{ __typename }' });

  // --- Trivial request --------------------------------------------------------------------
  step('Measuring');
  const trivialRequest = async () => {
    const res = await large.gql.query('{ __typename }');
    if (res.__typename !== 'Query') throw new Error('unexpected trivial answer');
  };
  for (const [, who] of [
    ['large', large],
    ['small', small],
  ])
    for (let i = 0; i < 20; i++) await who.gql.query(DASHBOARD_QUERY, variables);
  results.trivial = await sequential(trivialRequest, { count, warmup: 50 });
  results.trivial = { ...results.trivial, ...(await cannon({ url, token: large.gql.token, body: trivialBody, seconds: Math.min(5, seconds) })) };
  log(`  trivial { __typename }: p50 ${results.trivial.p50Ms} ms, ${results.trivial.rps} rps`);

  // --- Dashboard over HTTP, its floor and the naive way ---------------------------------------
  // The floor and the naive dashboard are first compared with the API's answer, figure by figure.
  // Latency: 200 of each one after another, all four (API and floor, large and small) in turns, so
  // the machine's drift during the run affects each alike; throughput: autocannon for the API, 10
  // concurrent connections for the floor.
  const twins = [
    ['large', large, plans.large],
    ['small', small, plans.small],
  ];
  const dashboards = {};
  const direct = await Promise.all(twins.map(() => pool.connect()));
  const dashboard = {};
  const floor = {};
  const naive = {};
  try {
    for (const [index, [label, who, plan]] of twins.entries()) {
      dashboards[label] = (await who.gql.query(DASHBOARD_QUERY, variables)).dashboard;
      const computed = await floorDashboard(direct[index], plan.workspaceId, month);
      const differences = compareDashboards(dashboards[label], computed);
      if (differences.length > 0) throw new Error(`The floor's ${label} dashboard differs from the API's: ${differences.slice(0, 5).join('; ')}`);
      const naiveComputed = await floorDashboard(direct[index], plan.workspaceId, month, 'naive');
      const naiveDifferences = compareDashboards(computed, naiveComputed);
      if (naiveDifferences.length > 0) throw new Error(`The naive ${label} dashboard differs: ${naiveDifferences.slice(0, 5).join('; ')}`);
    }
    const latencies = await alternating(
      [
        ...twins.map(
          ([, who]) =>
            () =>
              who.gql.query(DASHBOARD_QUERY, variables),
        ),
        ...twins.map(
          ([, , plan], index) =>
            () =>
              floorDashboard(direct[index], plan.workspaceId, month),
        ),
      ],
      { count, warmup: 20 },
    );
    const naiveLatencies = await alternating(
      twins.map(
        ([, , plan], index) =>
          () =>
            floorDashboard(direct[index], plan.workspaceId, month, 'naive'),
      ),
      { count, warmup: 3, budgetMs: 20_000, minCount: 30 },
    );
    for (const [index, [label, who]] of twins.entries()) {
      const load = await cannon({ url, token: who.gql.token, body, seconds });
      dashboard[label] = { ...latencies[index], rps: load.rps, underLoad: load };
      log(
        `  dashboard ${label}: p50 ${dashboard[label].p50Ms} ms, p95 ${dashboard[label].p95Ms} ms, ${load.rps} rps at 10 connections (${load.failed} failed)`,
      );
    }
    for (const [index, [label, , plan]] of twins.entries()) {
      naive[label] = naiveLatencies[index];
      const clients = [];
      const load = await concurrent(
        async () => {
          const c = await pool.connect();
          clients.push(c);
          return () => floorDashboard(c, plan.workspaceId, month);
        },
        { workers: 10, durationMs: seconds * 1000 },
      );
      for (const c of clients) c.release();
      floor[label] = { ...latencies[twins.length + index], rps: load.rps, underLoad: load };
      log(`  floor ${label}: p50 ${floor[label].p50Ms} ms, p95 ${floor[label].p95Ms} ms, ${load.rps} rps at 10 workers; naive p50 ${naive[label].p50Ms} ms`);
    }
  } finally {
    for (const c of direct) c.release();
  }
  results.dashboard = { ...dashboard.large, small: dashboard.small, clients: dashboards.large.clients.length, alerts: dashboards.large.alerts.length };
  results.floor = { ...floor.large, small: floor.small };
  results.naive = { ...naive.large, small: naive.small };
  results.checks.floorMatchesApi = true;
  results.checks.naiveMatchesRollup = true;
  const twinDifferences = compareDashboards(dashboards.large, dashboards.small, { ids: false });
  results.checks.twinsShowSameFigures = twinDifferences.length === 0;
  if (twinDifferences.length > 0) log(`  note: the twins' dashboards differ in ${twinDifferences.length} figures (${twinDifferences.slice(0, 3).join('; ')})`);

  // --- Retainer.balances over 60 months -----------------------------------------------------
  const longest = plans.large.retainers.find((r) => r.startMonth === plans.large.firstMonth && !r.endMonth);
  const balanceVars = { id: longest.id, from: plans.large.firstMonth, to: month };
  const balances = (await large.gql.query(BALANCES, balanceVars)).retainer.balances;
  results.balances = { months: balances.length, ...(await sequential(() => large.gql.query(BALANCES, balanceVars), { count, warmup: 10 })) };
  log(`  Retainer.balances over ${balances.length} months: p50 ${results.balances.p50Ms} ms, p95 ${results.balances.p95Ms} ms`);

  // --- logTime, 10 concurrent writers -------------------------------------------------------
  const today = plans.large.today;
  const writable = plans.large.retainers.filter((r) => r.startMonth <= month && (!r.endMonth || r.endMonth >= month));
  let next = 0;
  const logTimeBody = () =>
    JSON.stringify({
      query: LOG_TIME,
      variables: {
        input: {
          retainerId: writable[next++ % writable.length].id,
          date: today,
          minutes: 15 + (next % 8) * 15,
          category: 'ADVISORY',
          description: `Bench write ${next}`,
        },
      },
    });
  const before = (
    await pool.query(`SELECT count(*)::int AS n, COALESCE(sum(minutes), 0)::int AS m FROM time_entries WHERE workspace_id = $1`, [plans.large.workspaceId])
  ).rows[0];
  const writes = await cannon({ url, token: large.gql.token, requests: [{ setupRequest: (request) => ({ ...request, body: logTimeBody() }) }], seconds });
  const after = (await pool.query(`SELECT count(*)::int AS n FROM time_entries WHERE workspace_id = $1`, [plans.large.workspaceId])).rows[0];
  const consistency = await checkConsistency(pool, plans.large.workspaceId);
  results.logTime = {
    rps: writes.rps,
    written: after.n - before.n,
    failed: writes.failed,
    latencyP50Ms: writes.latencyP50Ms,
    latencyP97_5Ms: writes.latencyP97_5Ms,
    rollupExactAfter: consistency.length === 0,
  };
  results.checks.rollupExactAfterConcurrentWrites = consistency.length === 0;
  log(
    `  logTime, 10 writers: ${writes.rps} rps, ${after.n - before.n} entries written, ${writes.failed} failed; rollup exact afterwards: ${consistency.length === 0}`,
  );

  // --- Invoicing 40 clients -----------------------------------------------------------------
  const invoiceMonth = addMonths(month, -1);
  t = performance.now();
  const generated = (await large.gql.query(GENERATE, { month: invoiceMonth })).generateInvoices;
  const generateMs = performance.now() - t;
  t = performance.now();
  const regenerated = (await large.gql.query(GENERATE, { month: invoiceMonth })).generateInvoices;
  const regenerateMs = performance.now() - t;
  const issueTimes = [];
  t = performance.now();
  const numbers = [];
  for (const invoice of regenerated) {
    const t0 = performance.now();
    numbers.push((await large.gql.query(ISSUE, { id: invoice.id })).issueInvoice.number);
    issueTimes.push(performance.now() - t0);
  }
  const issueMs = performance.now() - t;
  const sequenceNumbers = numbers.map((n) => Number(n.split('-').pop())).sort((a, b) => a - b);
  const gapless = sequenceNumbers.every((n, i) => i === 0 || n === sequenceNumbers[i - 1] + 1);
  results.invoices = {
    month: invoiceMonth,
    count: generated.length,
    generateMs: round(generateMs),
    regenerateMs: round(regenerateMs),
    issueMs: round(issueMs),
    issueEachP50Ms: round(percentile(issueTimes, 50)),
    numbersGapless: gapless,
    firstNumber: numbers[0],
    lastNumber: numbers.at(-1),
  };
  log(
    `  generateInvoices(${formatMonthLong(invoiceMonth)}): ${generated.length} drafts in ${results.invoices.generateMs} ms (again: ${results.invoices.regenerateMs} ms); issuing them: ${results.invoices.issueMs} ms`,
  );

  // --- CSV export and the server's peak memory ---------------------------------------------
  const accountant = graphqlClient(url);
  accountant.setToken((await accountant.query(LOG_IN, { email: plans.large.accountantEmail, password })).logIn.accessToken);
  const year = String(Number(month.slice(0, 4)) - 1);
  const exports = {
    year: { from: `${year}-01`, to: `${year}-12` },
    fiveYears: { from: plans.large.firstMonth, to: invoiceMonth },
    // The control: the one year exported five times in a row, in one measurement. As much work and
    // as many bytes as five years at once, but never more than a year's invoices in flight.
    yearFiveTimes: { from: `${year}-01`, to: `${year}-12`, repeat: 5 },
  };
  const csv = {};
  for (const [name, range] of Object.entries(exports)) {
    const invoices = (
      await pool.query(`SELECT count(*)::int AS n FROM invoices WHERE workspace_id = $1 AND period_month BETWEEN $2 AND $3 AND status <> 'DRAFT'`, [
        plans.large.workspaceId,
        range.from,
        range.to,
      ])
    ).rows[0].n;
    csv[name] = { ...range, invoices: invoices * (range.repeat ?? 1), runs: [] };
  }
  const exportOnce = async (name) => {
    const { from, to, repeat = 1 } = exports[name];
    await server.gc();
    const reset = resetPeakMemory(server.pid);
    const baseline = processMemory(server.pid).rssMb;
    const stopSampling = sampleMemory(server.pid, 2);
    const t0 = performance.now();
    let file;
    for (let i = 0; i < repeat; i++) file = await accountant.download(`/api/exports/invoices.csv?fromMonth=${from}&toMonth=${to}`);
    const ms = performance.now() - t0;
    const sampled = stopSampling();
    const peak = reset ? Math.max(processMemory(server.pid).peakMb, sampled) : sampled;
    csv[name].runs.push({
      ms: round(ms),
      baselineRssMb: baseline,
      peakRssMb: round(peak, 1),
      growthMb: round(peak - baseline, 1),
      rows: file.lines - 1,
      bytes: file.bytes,
      peakFrom: reset ? 'VmHWM' : 'sampled VmRSS',
    });
  };
  await exportOnce('year'); // warm-up: first use of the CSV code path
  csv.year.runs.length = 0;
  for (let i = 0; i < 5; i++) {
    await exportOnce('year');
    await exportOnce('fiveYears');
    await exportOnce('yearFiveTimes');
  }
  for (const entry of Object.values(csv)) {
    const runs = entry.runs;
    entry.ms = round(
      percentile(
        runs.map((r) => r.ms),
        50,
      ),
    );
    entry.peakRssMb = round(
      percentile(
        runs.map((r) => r.peakRssMb),
        50,
      ),
      1,
    );
    entry.growthMb = round(
      percentile(
        runs.map((r) => r.growthMb),
        50,
      ),
      1,
    );
    entry.rows = runs[0].rows;
    entry.bytes = runs[0].bytes;
  }
  // What holding the invoices in memory would cost instead (their rows and lines, measured in this
  // process): the yardstick that shows the comparison below could see an export that buffers.
  for (const entry of [csv.year, csv.fiveYears]) entry.heldInMemoryMb = await heldInMemoryMb(pool, plans.large.workspaceId, entry.from, entry.to);
  const afterAll = processMemory(server.pid);
  results.csv = {
    yearMs: csv.year.ms,
    peakRssMb: csv.year.peakRssMb,
    growthMb: csv.year.growthMb,
    year: csv.year,
    fiveYears: csv.fiveYears,
    yearFiveTimes: csv.yearFiveTimes,
    serverPeakRssWholeRunMb: afterAll.peakMb,
  };
  log(
    `  CSV ${year}: ${csv.year.invoices} invoices, ${csv.year.rows} rows in ${csv.year.ms} ms, server peak RSS ${csv.year.peakRssMb} MB (+${csv.year.growthMb} MB)`,
  );
  log(
    `  CSV five years: ${csv.fiveYears.invoices} invoices, ${csv.fiveYears.rows} rows in ${csv.fiveYears.ms} ms, server peak RSS ${csv.fiveYears.peakRssMb} MB (+${csv.fiveYears.growthMb} MB)`,
  );
  log(`  CSV ${year} five times in a row: ${csv.yearFiveTimes.ms} ms, server peak RSS ${csv.yearFiveTimes.peakRssMb} MB (+${csv.yearFiveTimes.growthMb} MB)`);

  // --- Ratios and targets ------------------------------------------------------------------
  results.ratio = {
    dashboardToFloor: round(results.dashboard.p50Ms / results.floor.p50Ms),
    large20kTo200k: round(results.dashboard.p50Ms / results.dashboard.small.p50Ms),
    floorLargeToSmall: round(results.floor.p50Ms / results.floor.small.p50Ms),
    naiveLargeToSmall: round(results.naive.p50Ms / results.naive.small.p50Ms),
    naiveToFloor: round(results.naive.p50Ms / results.floor.p50Ms),
    dashboardMinusTrivialToFloor: round((results.dashboard.p50Ms - results.trivial.p50Ms) / results.floor.p50Ms),
    csvPeak5yTo1y: round(csv.fiveYears.peakRssMb / csv.year.peakRssMb),
    csvInvoices5yTo1y: round(csv.fiveYears.invoices / csv.year.invoices),
  };
  const csvExtraMb = round(csv.fiveYears.peakRssMb - csv.yearFiveTimes.peakRssMb, 1);
  const csvAllowanceMb = round((csv.fiveYears.heldInMemoryMb - csv.year.heldInMemoryMb) / 2, 1);
  results.csv.extraPeakMb = csvExtraMb;
  results.csv.fiveYearsMinusOneYearPeakMb = round(csv.fiveYears.peakRssMb - csv.year.peakRssMb, 1);
  results.csv.bufferingWouldAddMb = round(csv.fiveYears.heldInMemoryMb - csv.year.heldInMemoryMb, 1);
  results.targets = [
    { name: 'dashboard p50 within 3× the floor', value: results.ratio.dashboardToFloor, limit: 3, pass: results.ratio.dashboardToFloor <= 3 },
    {
      name: 'dashboard p50 at 200 000 entries ÷ at 20 000 entries ≤ 1.25',
      value: results.ratio.large20kTo200k,
      limit: 1.25,
      pass: results.ratio.large20kTo200k <= 1.25,
    },
    {
      name: `CSV peak RSS: five years at once minus one year five times, MB (limit: half the ${results.csv.bufferingWouldAddMb} MB that holding the extra invoices takes)`,
      value: csvExtraMb,
      limit: csvAllowanceMb,
      pass: csvExtraMb <= csvAllowanceMb,
    },
  ];
  await pool.end();
  accountant.close();
  large.gql.close();
  small.gql.close();
  return results;
}
