import { computeBalances, computeLedger, type BalanceInput } from './balance.js';
import { DomainError } from './errors.js';
import { d, MPD, inDays, input, terms, usageInDays, type DayRow } from './fixtures.test-helpers.js';
import type { RetainerTerms } from './terms.js';

/** docs/rules.md, "Worked example". */
const workedExample = terms({
  amendments: [
    { effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 400_000 },
    { effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFeeMinor: 240_000 },
  ],
  rollover: 'CARRY_FORWARD',
  rolloverCapDays: 2,
  rolloverExpiryMonths: 2,
  overage: 'BILL',
});
const workedUsage = usageInDays('2026-01', [3, 2.5, 1, 5]);

describe('the worked example of docs/rules.md', () => {
  const ledger = computeLedger(input({ terms: workedExample, usedMinutesByMonth: workedUsage, to: '2026-04' }));

  it('matches the table month by month', () => {
    expect(ledger.map(inDays)).toEqual<DayRow[]>([
      ['2026-01', 4, 0, 3, 0, 0, 1],
      ['2026-02', 4, 1, 2.5, 0, 0.5, 2],
      ['2026-03', 4, 2, 1, 0, 3, 2],
      ['2026-04', 2, 2, 5, 1, 0, 0],
    ]);
  });

  it('consumes, expires and carries the lots the table names', () => {
    const lots = (list: readonly { fromMonth: string; minutes: number }[]) => list.map(({ fromMonth, minutes }) => [fromMonth, minutes / MPD]);
    expect(ledger.map((month) => lots(month.consumedLots))).toEqual([
      [['2026-01', 3]],
      [
        ['2026-01', 1],
        ['2026-02', 1.5],
      ],
      [['2026-02', 1]],
      [
        ['2026-03', 2],
        ['2026-04', 2],
      ],
    ]);
    expect(ledger.map((month) => lots(month.expiredLots))).toEqual([
      [],
      [['2026-02', 0.5]],
      [
        ['2026-02', 1],
        ['2026-03', 2],
      ],
      [],
    ]);
    expect(ledger.map((month) => lots(month.carriedOutLots))).toEqual([[['2026-01', 1]], [['2026-02', 2]], [['2026-03', 2]], []]);
  });

  it('gives every field of MonthBalance and nothing else', () => {
    const [january] = computeBalances(input({ terms: workedExample, usedMinutesByMonth: workedUsage, to: '2026-01' }));
    expect(january).toEqual({
      month: '2026-01',
      minutesPerDay: 480,
      allocatedMinutes: 1920,
      carriedInMinutes: 0,
      availableMinutes: 1920,
      usedMinutes: 1440,
      remainingMinutes: 480,
      overageMinutes: 0,
      expiredMinutes: 0,
      carriedOutMinutes: 480,
      projectedUsedMinutes: 1440,
      status: 'ON_TRACK',
      locked: false,
    });
  });

  it('shows April over, with nothing remaining', () => {
    const april = ledger[3]!;
    expect(april).toMatchObject({ availableMinutes: d(4), remainingMinutes: 0, status: 'OVER' });
  });
});

type Case = {
  name: string;
  terms: RetainerTerms;
  used: number[];
  from?: string;
  to: string;
  rows: DayRow[];
};

const table: Case[] = [
  {
    name: 'no rollover: unused minutes expire at the end of each month',
    terms: terms({ rollover: 'NONE' }),
    used: [3, 5, 0],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 3, 0, 1, 0],
      ['2026-02', 4, 0, 5, 1, 0, 0],
      ['2026-03', 4, 0, 0, 0, 4, 0],
    ],
  },
  {
    name: 'no rollover ignores a cap and an expiry that were left set',
    terms: terms({ rollover: 'NONE', rolloverCapDays: 10, rolloverExpiryMonths: 3 }),
    used: [1],
    to: '2026-01',
    rows: [['2026-01', 4, 0, 1, 0, 3, 0]],
  },
  {
    name: 'cap only: at most 2 days go into the next month, the oldest dropped first',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverCapDays: 2 }),
    used: [1, 1, 7],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 1, 0, 1, 2],
      // Jan lot 1 d left + Feb 4 d = 5 d; the cap keeps the newest 2 d (of Feb).
      ['2026-02', 4, 2, 1, 0, 3, 2],
      ['2026-03', 4, 2, 7, 1, 0, 0],
    ],
  },
  {
    name: 'a cap of 0 carries nothing',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverCapDays: 0 }),
    used: [1, 1],
    to: '2026-02',
    rows: [
      ['2026-01', 4, 0, 1, 0, 3, 0],
      ['2026-02', 4, 0, 1, 0, 3, 0],
    ],
  },
  {
    name: 'expiry only: a lot from K is usable in K+1 and K+2, and expires at the end of K+2',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverExpiryMonths: 2 }),
    used: [0, 0, 0, 0],
    to: '2026-04',
    rows: [
      ['2026-01', 4, 0, 0, 0, 0, 4],
      ['2026-02', 4, 4, 0, 0, 0, 8],
      ['2026-03', 4, 8, 0, 0, 4, 8],
      ['2026-04', 4, 8, 0, 0, 4, 8],
    ],
  },
  {
    name: 'expiry only: a lot is still usable in its last month, oldest first',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverExpiryMonths: 2 }),
    used: [0, 0, 5],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 0, 0, 0, 4],
      ['2026-02', 4, 4, 0, 0, 0, 8],
      // Jan lot 4 d (its last month) then Feb 1 d: nothing of Jan is left to expire.
      ['2026-03', 4, 8, 5, 0, 0, 7],
    ],
  },
  {
    name: 'no cap and no expiry: unused minutes pile up',
    terms: terms({ rollover: 'CARRY_FORWARD' }),
    used: [0, 2, 0],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 0, 0, 0, 4],
      ['2026-02', 4, 4, 2, 0, 0, 6],
      ['2026-03', 4, 6, 0, 0, 0, 10],
    ],
  },
  {
    name: 'cap and expiry together: the expiring lot goes first, then the cap trims the newest lot',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverCapDays: 3, rolloverExpiryMonths: 1 }),
    used: [2, 0, 1],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 2, 0, 0, 2],
      // Jan lot 2 d expires (its month of use is over), Feb 4 d is capped to 3 d.
      ['2026-02', 4, 2, 0, 0, 3, 3],
      // 1 d used from the Feb lot, its other 2 d expire, Mar 4 d is capped to 3 d.
      ['2026-03', 4, 3, 1, 0, 3, 3],
    ],
  },
  {
    name: 'cap and expiry together: under the cap, only expiry drops minutes',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverCapDays: 6, rolloverExpiryMonths: 1 }),
    used: [1, 1, 0],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 1, 0, 0, 3],
      // 1 d from the Jan lot; Jan's other 2 d expire; Feb 4 d kept.
      ['2026-02', 4, 3, 1, 0, 2, 4],
      ['2026-03', 4, 4, 0, 0, 4, 4],
    ],
  },
  {
    name: 'an amendment mid-range changes the allocation from its month on',
    terms: terms({
      amendments: [
        { effectiveMonth: '2026-05', daysPerMonth: 6, monthlyFeeMinor: 1 },
        { effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 1 },
        { effectiveMonth: '2026-03', daysPerMonth: 3, monthlyFeeMinor: 1 },
        // Same month, given later: it wins.
        { effectiveMonth: '2026-03', daysPerMonth: 2, monthlyFeeMinor: 1 },
      ],
    }),
    used: [4, 4, 2, 2, 6],
    from: '2026-02',
    to: '2026-05',
    rows: [
      ['2026-02', 4, 0, 4, 0, 0, 0],
      ['2026-03', 2, 0, 2, 0, 0, 0],
      ['2026-04', 2, 0, 2, 0, 0, 0],
      ['2026-05', 6, 0, 6, 0, 0, 0],
    ],
  },
  {
    name: 'adjustments add to one month; a negative one never takes the allocation below 0',
    terms: terms({
      adjustments: [
        { month: '2026-02', days: -1.5 },
        { month: '2026-03', days: -5 },
        { month: '2026-04', days: 2 },
        { month: '2026-04', days: 0.5 },
      ],
    }),
    used: [0, 2.5, 1, 6.5],
    to: '2026-04',
    rows: [
      ['2026-01', 4, 0, 0, 0, 4, 0],
      ['2026-02', 2.5, 0, 2.5, 0, 0, 0],
      ['2026-03', 0, 0, 1, 1, 0, 0],
      ['2026-04', 6.5, 0, 6.5, 0, 0, 0],
    ],
  },
  {
    name: 'a retainer that ends: its months stop, and what it carried expires with its last month',
    terms: terms({ endMonth: '2026-03', rollover: 'CARRY_FORWARD' }),
    used: [0, 0, 1, 2, 2],
    to: '2026-05',
    rows: [
      ['2026-01', 4, 0, 0, 0, 0, 4],
      ['2026-02', 4, 4, 0, 0, 0, 8],
      ['2026-03', 4, 8, 1, 0, 11, 0],
    ],
  },
  {
    name: 'a retainer that starts after `from` has no months before its start',
    terms: terms({ startMonth: '2026-03', amendments: [{ effectiveMonth: '2026-03', daysPerMonth: 1, monthlyFeeMinor: 1 }] }),
    used: [9, 9, 0.5],
    to: '2026-03',
    rows: [['2026-03', 1, 0, 0.5, 0, 0.5, 0]],
  },
  {
    name: 'zero usage: every allocation is carried or expires',
    terms: terms({ rollover: 'CARRY_FORWARD', rolloverCapDays: 2, rolloverExpiryMonths: 2 }),
    used: [],
    to: '2026-03',
    rows: [
      ['2026-01', 4, 0, 0, 0, 2, 2],
      ['2026-02', 4, 2, 0, 0, 4, 2],
      ['2026-03', 4, 2, 0, 0, 4, 2],
    ],
  },
  {
    name: 'usage far over: the overage is not carried as debt',
    terms: terms({ rollover: 'CARRY_FORWARD', amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 2, monthlyFeeMinor: 1 }] }),
    used: [1, 30, 0],
    to: '2026-03',
    rows: [
      ['2026-01', 2, 0, 1, 0, 0, 1],
      ['2026-02', 2, 1, 30, 27, 0, 0],
      ['2026-03', 2, 0, 0, 0, 0, 2],
    ],
  },
  {
    name: 'ABSORB gives the same balance as BILL (only invoicing differs)',
    terms: terms({ overage: 'ABSORB' }),
    used: [6],
    to: '2026-01',
    rows: [['2026-01', 4, 0, 6, 2, 0, 0]],
  },
  {
    name: 'no amendment in force yet: nothing allocated',
    terms: terms({ amendments: [{ effectiveMonth: '2026-02', daysPerMonth: 1, monthlyFeeMinor: 1 }] }),
    used: [1, 0],
    to: '2026-02',
    rows: [
      ['2026-01', 0, 0, 1, 1, 0, 0],
      ['2026-02', 1, 0, 0, 0, 1, 0],
    ],
  },
];

describe('hand-computed cases, one per rule', () => {
  it.each(table)('$name', ({ terms: caseTerms, used, from, to, rows }) => {
    const balances = computeBalances(input({ terms: caseTerms, usedMinutesByMonth: usageInDays('2026-01', used), from: from ?? '2026-01', to }));
    expect(balances.map(inDays)).toEqual(rows);
  });
});

describe('computeBalances', () => {
  it('carries over from the start month even when the range starts later', () => {
    const [march] = computeBalances(input({ terms: workedExample, usedMinutesByMonth: workedUsage, from: '2026-03', to: '2026-03' }));
    expect(inDays(march!)).toEqual(['2026-03', 4, 2, 1, 0, 3, 2]);
  });

  it('omits months outside the retainer', () => {
    expect(computeBalances(input({ from: '2025-01', to: '2025-12' }))).toEqual([]);
    expect(computeBalances(input({ terms: terms({ endMonth: '2026-02' }), from: '2026-03', to: '2026-04' }))).toEqual([]);
  });

  it('locks the months up to the latest invoiced month', () => {
    const balances = computeBalances(input({ to: '2026-03', lockedThrough: '2026-02' }));
    expect(balances.map((balance) => balance.locked)).toEqual([true, true, false]);
  });

  it('refuses a range that would walk more than a century of months', () => {
    expect(computeBalances(input({ from: '2125-12', to: '2125-12' }))).toHaveLength(1);
    expect(() => computeBalances(input({ from: '2126-01', to: '2126-01' }))).toThrow(expect.objectContaining({ field: 'to' }));
  });

  it('works without adjustments', () => {
    const [january] = computeBalances(input({ terms: terms({ adjustments: undefined }), to: '2026-01' }));
    expect(january!.allocatedMinutes).toBe(d(4));
  });

  it('reads usage from a plain record too', () => {
    const [january] = computeBalances(input({ to: '2026-01', usedMinutesByMonth: { '2026-01': 90 } }));
    expect(january!.usedMinutes).toBe(90);
  });

  it('rounds fractional-minute allocations half up', () => {
    // 0.25 day × 450 min = 112.5 min → 113.
    const quarter = terms({ amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 0.25, monthlyFeeMinor: 0 }] });
    const [january] = computeBalances(input({ terms: quarter, minutesPerDay: 450, to: '2026-01' }));
    expect(january!.allocatedMinutes).toBe(113);
  });

  it.each<[string, Partial<BalanceInput>, string]>([
    ['a month 13', { from: '2026-13' }, 'from'],
    ['a two-digit year', { to: '26-01' }, 'to'],
    ['a range backwards', { from: '2026-05', to: '2026-04' }, 'to'],
    ['February 30th', { today: '2026-02-30' }, 'today'],
    ['a year as a month', { lockedThrough: '2026' }, 'lockedThrough'],
    ['a zero-minute day', { minutesPerDay: 0 }, 'minutesPerDay'],
    ['a fractional-minute day', { minutesPerDay: 7.5 }, 'minutesPerDay'],
    ['negative usage', { usedMinutesByMonth: { '2026-01': -1 } }, 'usedMinutes'],
    ['fractional usage', { usedMinutesByMonth: new Map([['2026-01', 1.5]]) }, 'usedMinutes'],
    ['a month name as start', { terms: terms({ startMonth: 'April' }) }, 'startMonth'],
  ])('refuses %s, naming the field', (_name, overrides, field) => {
    expect(() => computeBalances(input(overrides))).toThrow(expect.objectContaining({ field, code: 'BAD_USER_INPUT' }));
    expect(() => computeBalances(input(overrides))).toThrow(DomainError);
  });
});
