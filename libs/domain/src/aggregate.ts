// A client's balance for a month (the sum over its retainers) and the leader's capacity: the
// two figures the dashboard shows above the per-retainer detail.

import { check } from './errors.js';
import type { IsoDate } from './dates.js';
import { daysToMinutes } from './terms.js';
import type { Month } from './months.js';
import { balanceStatus } from './status.js';
import type { MonthBalance } from './balance.js';

export interface SumContext {
  readonly month: Month;
  readonly minutesPerDay: number;
  readonly today: IsoDate;
  /** The client's latest month with an issued invoice (docs/rules.md, rule 9). */
  readonly lockedThrough?: Month | null;
}

type MinuteField = Exclude<keyof MonthBalance, 'month' | 'minutesPerDay' | 'status' | 'locked'>;

const MINUTE_FIELDS: readonly MinuteField[] = [
  'allocatedMinutes',
  'carriedInMinutes',
  'availableMinutes',
  'usedMinutes',
  'remainingMinutes',
  'overageMinutes',
  'expiredMinutes',
  'carriedOutMinutes',
  'projectedUsedMinutes',
];

/**
 * The client's month: every minute field summed over its retainers' balances, the status judged
 * on the sums by rule 8. No balances (no active retainer) gives a balance of zeros.
 * Remaining and overage are sums too, so one retainer's spare time never hides another's overage.
 */
export function sumBalances(balances: readonly MonthBalance[], context: SumContext): MonthBalance {
  const { month, minutesPerDay, today, lockedThrough } = context;
  const totals = Object.fromEntries(MINUTE_FIELDS.map((field) => [field, 0])) as Record<MinuteField, number>;
  for (const balance of balances) {
    check(balance.month === month, 'month', `a balance of ${balance.month} cannot be summed into ${month}`);
    for (const field of MINUTE_FIELDS) totals[field] += balance[field];
  }
  return {
    month,
    minutesPerDay,
    ...totals,
    status: balanceStatus({ month, ...totals }, today),
    locked: lockedThrough != null && month <= lockedThrough,
  };
}

/** The API's Capacity. */
export interface Capacity {
  readonly capacityMinutes: number;
  readonly allocatedMinutes: number;
  readonly usedMinutes: number;
  readonly projectedUsedMinutes: number;
}

/** The leader's month across all clients: what they can sell against what they sold and use. */
export function computeCapacity(
  capacityDaysPerMonth: number,
  minutesPerDay: number,
  balances: readonly Pick<MonthBalance, 'allocatedMinutes' | 'usedMinutes' | 'projectedUsedMinutes'>[],
): Capacity {
  check(
    Number.isFinite(capacityDaysPerMonth) && capacityDaysPerMonth >= 0,
    'capacityDaysPerMonth',
    `capacityDaysPerMonth must be 0 or more (got ${capacityDaysPerMonth})`,
  );
  let allocatedMinutes = 0;
  let usedMinutes = 0;
  let projectedUsedMinutes = 0;
  for (const balance of balances) {
    allocatedMinutes += balance.allocatedMinutes;
    usedMinutes += balance.usedMinutes;
    projectedUsedMinutes += balance.projectedUsedMinutes;
  }
  return {
    capacityMinutes: daysToMinutes(capacityDaysPerMonth, minutesPerDay),
    allocatedMinutes,
    usedMinutes,
    projectedUsedMinutes,
  };
}
