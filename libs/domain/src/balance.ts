// The time balance of one retainer (docs/rules.md, rules 1–8). Unused minutes become "lots"
// tagged with the month they came from; a lot queue ordered oldest first gives rule 3 for free:
// consumption, expiry and the cap all take from the front. Every month is one step from the
// retainer's first month, so carry-over is right for any `from`, and the cost is linear in months.

import { check, describeValue, DomainError } from './errors.js';
import { parseIsoDate, type IsoDate } from './dates.js';
import { monthFromIndex, monthIndex, parseMonth, type Month } from './months.js';
import { balanceStatus, projectUsedMinutes, type BalanceStatus } from './status.js';
import { allocationSchedule, daysToMinutes, validateTerms, type RetainerTerms } from './terms.js';

/** Billable minutes per month (rule 2), as a Map or a plain record; absent months used nothing. */
export type UsageByMonth = ReadonlyMap<Month, number> | Readonly<Record<Month, number>>;

export interface BalanceInput {
  readonly terms: RetainerTerms;
  readonly usedMinutesByMonth: UsageByMonth;
  readonly minutesPerDay: number;
  readonly from: Month;
  readonly to: Month;
  /** The workspace's date today (see dateInTimeZone): decides past, current and future months. */
  readonly today: IsoDate;
  /** The latest month with an issued invoice; months up to it are locked (rule 9). */
  readonly lockedThrough?: Month | null;
}

/** Exactly the fields of the API's MonthBalance. */
export interface MonthBalance {
  readonly month: Month;
  readonly minutesPerDay: number;
  readonly allocatedMinutes: number;
  readonly carriedInMinutes: number;
  readonly availableMinutes: number;
  readonly usedMinutes: number;
  readonly remainingMinutes: number;
  readonly overageMinutes: number;
  readonly expiredMinutes: number;
  readonly carriedOutMinutes: number;
  readonly projectedUsedMinutes: number;
  readonly status: BalanceStatus;
  readonly locked: boolean;
}

/** Minutes of the lot that came from `fromMonth`'s unused allocation. */
export interface LotMinutes {
  readonly fromMonth: Month;
  readonly minutes: number;
}

/** A month's balance with where its minutes came from and went: the worked example's columns. */
export interface LedgerMonth extends MonthBalance {
  /** Oldest first; the month's own allocation is the lot from the month itself. */
  readonly consumedLots: readonly LotMinutes[];
  readonly expiredLots: readonly LotMinutes[];
  readonly carriedOutLots: readonly LotMinutes[];
}

/** A century of months: far beyond any retainer, small enough to keep a request cheap. */
export const MAX_MONTHS = 1200;

/** Where step() writes the lots it moves; null when nobody asked. */
type Trace = LotMinutes[] | null;

interface Lot {
  readonly origin: number;
  minutes: number;
}

/** Balances of the retainer's active months between `from` and `to`, both included. */
export function computeBalances(input: BalanceInput): MonthBalance[] {
  const walk = new LotWalk(checkInput(input));
  return walkMonths(input, (index) => walk.step(index));
}

/** computeBalances plus, for each month, the lots consumed, expired and carried out. */
export function computeLedger(input: BalanceInput): LedgerMonth[] {
  const walk = new LotWalk(checkInput(input));
  return walkMonths(input, (index) => {
    const consumedLots: LotMinutes[] = [];
    const expiredLots: LotMinutes[] = [];
    const balance = walk.step(index, consumedLots, expiredLots);
    return { ...balance, consumedLots, expiredLots, carriedOutLots: walk.openLots() };
  });
}

/** Steps through every month from the start (carry-over needs them all), keeping from `from` on. */
function walkMonths<T>({ terms, from, to }: BalanceInput, step: (index: number) => T): T[] {
  const first = monthIndex(terms.startMonth);
  const last = Math.min(monthIndex(to), lastActiveIndex(terms));
  // Every month from the start is walked, so an unbounded `to` would be unbounded work.
  check(last - first < MAX_MONTHS, 'to', `to must be within ${MAX_MONTHS / 12} years of the retainer's start`);
  const emitFrom = monthIndex(from);
  const months: T[] = [];
  for (let index = first; index <= last; index++) {
    const month = step(index);
    if (index >= emitFrom) months.push(month);
  }
  return months;
}

function lastActiveIndex(terms: RetainerTerms): number {
  return terms.endMonth == null ? Infinity : monthIndex(terms.endMonth);
}

function checkInput(input: BalanceInput): BalanceInput {
  validateTerms(input.terms);
  const from = parseMonth(input.from, 'from');
  const to = parseMonth(input.to, 'to');
  check(to >= from, 'to', `to (${to}) must not be before from (${from})`);
  parseIsoDate(input.today, 'today');
  if (input.lockedThrough != null) parseMonth(input.lockedThrough, 'lockedThrough');
  check(
    Number.isSafeInteger(input.minutesPerDay) && input.minutesPerDay > 0,
    'minutesPerDay',
    `minutesPerDay must be a whole number of minutes above 0 (got ${describeValue(input.minutesPerDay)})`,
  );
  return input;
}

/**
 * The month-by-month state: the queue of lots, oldest at `head`, and the minutes they hold.
 * Lot movements are written to the lists step() is given, if any: computeBalances passes none
 * and so allocates nothing per lot.
 */
class LotWalk {
  private readonly lots: Lot[] = [];
  private head = 0;
  private carried = 0;
  private readonly allocated: (month: Month) => number;
  private readonly carry: boolean;
  private readonly capMinutes: number;
  private readonly expiryMonths: number;
  private readonly lastActive: number;

  constructor(private readonly input: BalanceInput) {
    const { terms, minutesPerDay } = input;
    this.allocated = allocationSchedule(terms, minutesPerDay);
    this.carry = terms.rollover === 'CARRY_FORWARD';
    this.capMinutes = terms.rolloverCapDays == null ? Infinity : daysToMinutes(terms.rolloverCapDays, minutesPerDay);
    this.expiryMonths = terms.rolloverExpiryMonths ?? Infinity;
    this.lastActive = lastActiveIndex(terms);
  }

  step(index: number, consumed: Trace = null, expired: Trace = null): MonthBalance {
    const month = monthFromIndex(index);
    const allocated = this.allocated(month);
    const carriedIn = this.carried;
    const used = usedIn(this.input.usedMinutesByMonth, month);
    const fromCarried = this.takeFromFront(used, consumed);
    const fromOwn = Math.min(allocated, used - fromCarried);
    this.record(consumed, index, fromOwn);
    const expiredMinutes = this.closeMonth(index, allocated - fromOwn, expired);
    return this.figures(month, allocated, carriedIn, used, expiredMinutes);
  }

  /** Rule 4 at the end of the month: the new lot, then expiry, then the cap, oldest first. */
  private closeMonth(index: number, unused: number, expired: Trace): number {
    if (!this.carry || index === this.lastActive) {
      // Nothing outlives the month: no rollover, or the retainer's last month has no month after.
      this.record(expired, index, unused);
      return this.takeFromFront(this.carried, expired) + unused;
    }
    if (unused > 0) {
      this.lots.push({ origin: index, minutes: unused });
      this.carried += unused;
    }
    const byExpiry = this.expireUpTo(index - this.expiryMonths, expired);
    return byExpiry + this.takeFromFront(this.carried - this.capMinutes, expired);
  }

  /** Drops the lots from month `lastExpiring` or before: their k months of use are over. */
  private expireUpTo(lastExpiring: number, expired: Trace): number {
    let minutes = 0;
    while (this.head < this.lots.length && this.lots[this.head]!.origin <= lastExpiring) {
      minutes += this.takeFromFront(this.lots[this.head]!.minutes, expired);
    }
    return minutes;
  }

  /** Takes up to `wanted` minutes from the lots, oldest first (rule 3); returns what it took. */
  private takeFromFront(wanted: number, into: Trace): number {
    // Without a cap, `wanted` is carried − Infinity.
    if (!(wanted > 0)) return 0;
    let left = wanted;
    while (left > 0 && this.head < this.lots.length) {
      const lot = this.lots[this.head]!;
      const minutes = Math.min(lot.minutes, left);
      lot.minutes -= minutes;
      left -= minutes;
      this.record(into, lot.origin, minutes);
      if (lot.minutes === 0) this.head++;
    }
    const taken = wanted - left;
    this.carried -= taken;
    return taken;
  }

  private record(into: Trace, origin: number, minutes: number): void {
    if (into !== null && minutes > 0) into.push({ fromMonth: monthFromIndex(origin), minutes });
  }

  openLots(): LotMinutes[] {
    return this.lots.slice(this.head).map((lot) => ({ fromMonth: monthFromIndex(lot.origin), minutes: lot.minutes }));
  }

  private figures(month: Month, allocated: number, carriedIn: number, used: number, expired: number): MonthBalance {
    const { minutesPerDay, today, lockedThrough } = this.input;
    const available = carriedIn + allocated;
    const projected = projectUsedMinutes(month, used, today);
    const figures = { month, usedMinutes: used, availableMinutes: available, projectedUsedMinutes: projected };
    return {
      month,
      minutesPerDay,
      allocatedMinutes: allocated,
      carriedInMinutes: carriedIn,
      availableMinutes: available,
      usedMinutes: used,
      remainingMinutes: Math.max(0, available - used),
      overageMinutes: Math.max(0, used - available),
      expiredMinutes: expired,
      carriedOutMinutes: this.carried,
      projectedUsedMinutes: projected,
      status: balanceStatus(figures, today),
      locked: lockedThrough != null && month <= lockedThrough,
    };
  }
}

function usedIn(usage: UsageByMonth, month: Month): number {
  const used = usage instanceof Map ? usage.get(month) : (usage as Readonly<Record<Month, number>>)[month];
  if (used === undefined) return 0;
  // Checked without check() so that no message is built for the many months that are fine.
  if (Number.isSafeInteger(used) && used >= 0) return used;
  throw new DomainError('usedMinutes', `used minutes for ${month} must be a whole number of minutes, 0 or more (got ${describeValue(used)})`);
}
