// The table `npm run bench` prints: every figure with what it is, then each target as PASS or MISS.

function table(rows, log) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  log(`  ${line(rows[0])}`);
  log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const row of rows.slice(1)) log(`  ${line(row)}`);
}

const ms = (value) => (value === undefined || value === null ? '' : `${value} ms`);

export function printReport(results, log) {
  const { dashboard, floor, naive, trivial, balances, logTime, invoices, csv, machine, seed } = results;
  log('\n══ Allot benchmark ══');
  log(`  machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.os}`);
  log(`  Node ${machine.node}, PostgreSQL ${machine.postgres} (${machine.database})`);
  log(
    `  large: ${seed.large.timeEntries} time entries, ${seed.large.meetings} meetings, ${seed.large.deliverables} deliverables, ${seed.large.logEntries} log entries, ${seed.large.invoices} invoices; small twin: ${seed.small.timeEntries} time entries (${seed.months})`,
  );
  log('');
  table(
    [
      ['measurement', 'p50', 'p95', 'throughput'],
      ['dashboard, 200 000 entries (HTTP GraphQL)', ms(dashboard.p50Ms), ms(dashboard.p95Ms), `${dashboard.rps} rps`],
      ['dashboard, 20 000 entries (HTTP GraphQL)', ms(dashboard.small.p50Ms), ms(dashboard.small.p95Ms), `${dashboard.small.rps} rps`],
      ['floor, 200 000 (pg + libs/domain, no server)', ms(floor.p50Ms), ms(floor.p95Ms), `${floor.rps} rps`],
      ['floor, 20 000', ms(floor.small.p50Ms), ms(floor.small.p95Ms), `${floor.small.rps} rps`],
      ['naive SUM over time_entries, 200 000', ms(naive.p50Ms), ms(naive.p95Ms), ''],
      ['naive SUM over time_entries, 20 000', ms(naive.small.p50Ms), ms(naive.small.p95Ms), ''],
      ['{ __typename } (fixed cost of a request)', ms(trivial.p50Ms), ms(trivial.p95Ms), `${trivial.rps} rps`],
      [`Retainer.balances, ${balances.months} months`, ms(balances.p50Ms), ms(balances.p95Ms), ''],
      ['logTime, 10 concurrent writers', ms(logTime.latencyP50Ms), '', `${logTime.rps} rps`],
      [`generateInvoices, ${invoices.count} clients (once; again)`, `${invoices.generateMs} ms`, `${invoices.regenerateMs} ms`, ''],
      [`issueInvoice × ${invoices.count}, one after another`, `${invoices.issueMs} ms`, '', `${invoices.issueEachP50Ms} ms each`],
      [`CSV export of a year (${csv.year.invoices} invoices)`, `${csv.yearMs} ms`, '', `peak RSS ${csv.peakRssMb} MB`],
      [`CSV export of five years (${csv.fiveYears.invoices} invoices)`, `${csv.fiveYears.ms} ms`, '', `peak RSS ${csv.fiveYears.peakRssMb} MB`],
      [`CSV export of that year, five times in a row`, `${csv.yearFiveTimes.ms} ms`, '', `peak RSS ${csv.yearFiveTimes.peakRssMb} MB`],
    ],
    log,
  );
  log('');
  log(
    `  ratios: dashboard/floor ${results.ratio.dashboardToFloor}, dashboard 200k/20k ${results.ratio.large20kTo200k}, floor 200k/20k ${results.ratio.floorLargeToSmall}, naive 200k/20k ${results.ratio.naiveLargeToSmall}, naive/floor ${results.ratio.naiveToFloor}`,
  );
  log(
    `  CSV peak RSS: five years − one year ${csv.fiveYearsMinusOneYearPeakMb} MB, five years − one year five times ${csv.extraPeakMb} MB; holding the extra ${csv.fiveYears.invoices - csv.year.invoices} invoices in memory takes ${csv.bufferingWouldAddMb} MB`,
  );
  log(
    `  checks: ${Object.entries(results.checks)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  log('');
  for (const target of results.targets) log(`  ${target.pass ? 'PASS' : 'MISS'}  ${target.name}: ${target.value} (limit ${target.limit})`);
}
