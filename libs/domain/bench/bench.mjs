// Benchmark of @allot/domain on the built package (npm run bench builds it first): the balance
// of 100 retainers × 60 months, and the invoice drafts of 100 clients. Prints the median of
// many runs after a warm-up, against targets of its own (the product's are in docs/rules.md,
// "Numbers to live up to"). A benchmark, not a test: it never fails.

import { buildInvoiceDraft, computeBalances } from '../dist/index.js';

const MPD = 480;
const WARMUP = 200;
const RUNS = 500;

/** A deterministic pseudo-random sequence, so every run measures the same work. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function retainers(count) {
  const next = random(42);
  return Array.from({ length: count }, (_, index) => {
    const days = 2 + Math.floor(next() * 8);
    const terms = {
      startMonth: '2021-01',
      endMonth: index % 5 === 0 ? null : '2025-12',
      amendments: [
        { effectiveMonth: '2021-01', daysPerMonth: days, monthlyFeeMinor: days * 100_000 },
        { effectiveMonth: '2023-07', daysPerMonth: days + 1, monthlyFeeMinor: (days + 1) * 100_000 },
      ],
      adjustments: [
        { month: '2022-03', days: 2 },
        { month: '2024-11', days: -1 },
      ],
      rollover: index % 3 === 0 ? 'NONE' : 'CARRY_FORWARD',
      rolloverCapDays: index % 2 === 0 ? 2 : null,
      rolloverExpiryMonths: index % 4 === 0 ? null : 3,
      overage: index % 2 === 0 ? 'BILL' : 'ABSORB',
    };
    const usage = new Map();
    for (let month = 0; month < 60; month++) {
      const label = `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      usage.set(label, Math.floor(next() * days * 1.3 * MPD));
    }
    return { terms, usage };
  });
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(work) {
  for (let run = 0; run < WARMUP; run++) work();
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), p95: [...samples].sort((a, b) => a - b)[Math.floor(RUNS * 0.95)] };
}

const hundred = retainers(100);
const balances = () =>
  hundred.map(({ terms, usage }) =>
    computeBalances({ terms, usedMinutesByMonth: usage, minutesPerDay: MPD, from: '2021-01', to: '2025-12', today: '2025-12-10', lockedThrough: '2025-10' }),
  );
const months = balances().reduce((total, list) => total + list.length, 0);

const overages = balances().map((list) => list.at(-1)?.overageMinutes ?? 0);
const invoices = () =>
  hundred.map(({ terms }, index) =>
    buildInvoiceDraft({
      month: '2025-12',
      currency: index % 10 === 0 ? 'JPY' : 'EUR',
      minutesPerDay: MPD,
      retainers: [
        { title: 'Fractional CTO', terms, overageDayRateMinor: 150_000, vatRatePercent: 21, reverseCharge: index % 7 === 0, overageMinutes: overages[index] },
        {
          title: 'Fractional CAIO',
          terms: { ...terms, overage: 'BILL' },
          overageDayRateMinor: 120_000,
          vatRatePercent: 21,
          reverseCharge: false,
          overageMinutes: 300,
        },
      ],
    }),
  );
const lines = invoices().reduce((total, invoice) => total + invoice.lines.length, 0);

const report = (label, { median: ms, p95 }, target) =>
  console.log(`${label.padEnd(52)} median ${ms.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  (target < ${target} ms) ${ms < target ? 'ok' : 'OVER TARGET'}`);

console.log(`@allot/domain bench, Node ${process.version}, ${WARMUP} warm-up runs, median of ${RUNS}`);
report(`balances: 100 retainers × 60 months (${months} months)`, measure(balances), 5);
report(`invoice drafts: 100 clients (${lines} lines)`, measure(invoices), 2);
