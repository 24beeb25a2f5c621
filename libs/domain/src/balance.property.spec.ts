// Properties of the balance over random terms and usage (fast-check). The first five restate
// docs/rules.md's rules 3–5, the last two check the computation against itself; a failure prints
// the smallest terms and usage that break it.

import fc from 'fast-check';
import { computeBalances, computeLedger, type BalanceInput, type LedgerMonth } from './balance.js';
import { dateFromDayNumber, dayNumber } from './dates.js';
import { addMonths, monthFromIndex, monthIndex, monthRange } from './months.js';
import { daysToMinutes, type RetainerTerms } from './terms.js';

const HORIZON = 36;
const quarterDays = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((quarters) => quarters / 4);

const termsArb: fc.Arbitrary<RetainerTerms> = fc
  .record({
    start: fc.integer({ min: 2024 * 12, max: 2026 * 12 }).map(monthFromIndex),
    length: fc.option(fc.integer({ min: 1, max: HORIZON }), { nil: null }),
    firstDays: quarterDays(0, 8),
    amendments: fc.array(fc.record({ offset: fc.integer({ min: 0, max: HORIZON }), days: quarterDays(0, 8) }), { maxLength: 4 }),
    adjustments: fc.array(fc.record({ offset: fc.integer({ min: -2, max: HORIZON }), days: quarterDays(-6, 4) }), { maxLength: 6 }),
    rollover: fc.constantFrom('NONE' as const, 'CARRY_FORWARD' as const),
    cap: fc.option(quarterDays(0, 6), { nil: null }),
    expiry: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  })
  .map(({ start, length, firstDays, amendments, adjustments, rollover, cap, expiry }) => ({
    startMonth: start,
    endMonth: length === null ? null : addMonths(start, length - 1),
    amendments: [
      { effectiveMonth: start, daysPerMonth: firstDays, monthlyFeeMinor: 100_000 },
      ...amendments.map(({ offset, days }) => ({ effectiveMonth: addMonths(start, offset), daysPerMonth: days, monthlyFeeMinor: 0 })),
    ],
    adjustments: adjustments.map(({ offset, days }) => ({ month: addMonths(start, offset), days })),
    rollover,
    rolloverCapDays: cap,
    rolloverExpiryMonths: expiry,
    overage: 'BILL' as const,
  }));

const scenarioArb: fc.Arbitrary<BalanceInput> = fc
  .record({
    terms: termsArb,
    minutesPerDay: fc.constantFrom(360, 420, 450, 480, 500),
    // Often nothing, sometimes a little, sometimes far over.
    usage: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 12_000 })), {
      minLength: HORIZON,
      maxLength: HORIZON,
    }),
    todayOffset: fc.integer({ min: -40, max: HORIZON * 31 }),
    lockedOffset: fc.option(fc.integer({ min: -1, max: HORIZON }), { nil: null }),
  })
  .map(({ terms, minutesPerDay, usage, todayOffset, lockedOffset }) => {
    const months = monthRange(terms.startMonth, addMonths(terms.startMonth, HORIZON - 1));
    return {
      terms,
      minutesPerDay,
      usedMinutesByMonth: new Map(months.map((month, index) => [month, usage[index]!])),
      from: terms.startMonth,
      to: months.at(-1)!,
      today: dateFromDayNumber(dayNumber(`${terms.startMonth}-01`) + todayOffset),
      lockedThrough: lockedOffset === null ? null : addMonths(terms.startMonth, lockedOffset),
    };
  });

const sumLots = (lots: readonly { minutes: number }[]) => lots.reduce((total, lot) => total + lot.minutes, 0);
const expiryOf = (terms: RetainerTerms) => terms.rolloverExpiryMonths ?? Infinity;

function forEveryMonth(check: (month: LedgerMonth, scenario: BalanceInput, previous: LedgerMonth | undefined) => void) {
  fc.assert(
    fc.property(scenarioArb, (scenario) => {
      const ledger = computeLedger(scenario);
      ledger.forEach((month, index) => check(month, scenario, ledger[index - 1]));
    }),
    { numRuns: 300 },
  );
}

/** Plain checks rather than expect(): these run for ~10 000 months per property. */
function holds(condition: boolean, what: string, month: LedgerMonth): void {
  if (!condition) throw new Error(`${what} fails in ${JSON.stringify(month)}`);
}

describe('balance properties', () => {
  it('conserves minutes every month: carriedIn + allocated = used − overage + expired + carriedOut', () => {
    forEveryMonth((m, _scenario, previous) => {
      const out = m.usedMinutes - m.overageMinutes + m.expiredMinutes + m.carriedOutMinutes;
      holds(m.carriedInMinutes + m.allocatedMinutes === out, 'conservation', m);
      holds(m.availableMinutes === m.carriedInMinutes + m.allocatedMinutes, 'available = carriedIn + allocated', m);
      holds(m.remainingMinutes === Math.max(0, m.availableMinutes - m.usedMinutes), 'remaining', m);
      holds(m.overageMinutes === Math.max(0, m.usedMinutes - m.availableMinutes), 'overage', m);
      holds(m.carriedInMinutes === (previous?.carriedOutMinutes ?? 0), 'carriedIn = last carriedOut', m);
    });
  });

  it('never gives a negative or fractional number of minutes', () => {
    forEveryMonth((m) => {
      for (const [field, value] of Object.entries(m)) {
        if (typeof value === 'number') holds(Number.isSafeInteger(value) && value >= 0, field, m);
      }
    });
  });

  it('carries out no more than the cap, and nothing without rollover', () => {
    forEveryMonth((m, { terms, minutesPerDay }) => {
      if (terms.rollover === 'NONE') holds(m.carriedOutMinutes === 0, 'nothing carried without rollover', m);
      if (terms.rolloverCapDays != null) {
        holds(m.carriedOutMinutes <= daysToMinutes(terms.rolloverCapDays, minutesPerDay), 'cap', m);
      }
    });
  });

  it('never uses a lot after its expiry, nor carries one past it', () => {
    forEveryMonth((m, { terms }) => {
      const month = monthIndex(m.month);
      for (const lot of m.consumedLots) {
        const age = month - monthIndex(lot.fromMonth);
        const usable = age === 0 || (terms.rollover === 'CARRY_FORWARD' && age > 0 && age <= expiryOf(terms));
        holds(usable, `lot ${lot.fromMonth} used`, m);
      }
      for (const lot of m.carriedOutLots) {
        holds(month - monthIndex(lot.fromMonth) < expiryOf(terms), `lot ${lot.fromMonth} carried`, m);
      }
    });
  });

  it('consumes oldest first, and accounts for every lot', () => {
    forEveryMonth((m) => {
      const consumed = m.consumedLots.map((lot) => lot.fromMonth);
      holds(
        consumed.every((month, index) => index === 0 || month > consumed[index - 1]!),
        'oldest consumed first',
        m,
      );
      const newestConsumed = consumed.at(-1) ?? '';
      holds(
        m.carriedOutLots.every((lot) => lot.fromMonth >= newestConsumed),
        'nothing older left behind',
        m,
      );
      holds(sumLots(m.consumedLots) === m.usedMinutes - m.overageMinutes, 'consumed lots', m);
      holds(sumLots(m.expiredLots) === m.expiredMinutes, 'expired lots', m);
      holds(sumLots(m.carriedOutLots) === m.carriedOutMinutes, 'carried-out lots', m);
    });
  });

  it('gives the same months whether a range is computed at once or month by month', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: HORIZON - 1 }), fc.integer({ min: 0, max: HORIZON - 1 }), (scenario, a, b) => {
        const all = computeBalances(scenario);
        const oneByOne = monthRange(scenario.from, scenario.to).flatMap((month) => computeBalances({ ...scenario, from: month, to: month }));
        expect(oneByOne).toEqual(all);
        const [from, to] = [addMonths(scenario.from, Math.min(a, b)), addMonths(scenario.from, Math.max(a, b))];
        expect(computeBalances({ ...scenario, from, to })).toEqual(all.filter((m) => m.month >= from && m.month <= to));
      }),
      { numRuns: 150 },
    );
  });

  it('reads usage the same from a Map and from a record', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const record = Object.fromEntries(scenario.usedMinutesByMonth as Map<string, number>);
        expect(computeBalances({ ...scenario, usedMinutesByMonth: record })).toEqual(computeBalances(scenario));
      }),
      { numRuns: 50 },
    );
  });
});
