// Builders shared by the specs: terms with defaults, usage written in days, balances read in days.

import type { BalanceInput, LedgerMonth, MonthBalance } from './balance.js';
import type { RetainerTerms } from './terms.js';

export const MPD = 480;

/** Days → minutes at 480 min/day, the worked example's day. */
export const d = (days: number): number => Math.round(days * MPD);

export function terms(overrides: Partial<RetainerTerms> = {}): RetainerTerms {
  return {
    startMonth: '2026-01',
    endMonth: null,
    amendments: [{ effectiveMonth: '2026-01', daysPerMonth: 4, monthlyFeeMinor: 400_000 }],
    adjustments: [],
    rollover: 'NONE',
    rolloverCapDays: null,
    rolloverExpiryMonths: null,
    overage: 'BILL',
    ...overrides,
  };
}

/** Usage given in days from `firstMonth` on, one number per month. */
export function usageInDays(firstMonth: string, days: readonly number[]): Map<string, number> {
  const [year, month] = firstMonth.split('-').map(Number) as [number, number];
  return new Map(
    days.map((value, offset) => {
      const index = year * 12 + month - 1 + offset;
      const label = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      return [label, d(value)];
    }),
  );
}

export function input(overrides: Partial<BalanceInput> = {}): BalanceInput {
  return {
    terms: terms(),
    usedMinutesByMonth: new Map(),
    minutesPerDay: MPD,
    from: '2026-01',
    to: '2026-12',
    // After every month of the tables, so that projections equal use unless a test says otherwise.
    today: '2027-06-15',
    lockedThrough: null,
    ...overrides,
  };
}

export type DayRow = [month: string, allocated: number, carriedIn: number, used: number, overage: number, expired: number, carriedOut: number];

/** A balance as the tables of the specs write it: days, in the worked example's column order. */
export function inDays(balance: MonthBalance | LedgerMonth): DayRow {
  const days = (minutes: number) => minutes / balance.minutesPerDay;
  return [
    balance.month,
    days(balance.allocatedMinutes),
    days(balance.carriedInMinutes),
    days(balance.usedMinutes),
    days(balance.overageMinutes),
    days(balance.expiredMinutes),
    days(balance.carriedOutMinutes),
  ];
}
