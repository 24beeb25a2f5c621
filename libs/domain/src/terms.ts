// A retainer's terms as the balance and the invoice need them, their validation (errors name
// the API's input fields), and the allocation and fee in force for a month (docs/rules.md, rule 1).

import { check, describeValue } from './errors.js';
import { divRoundHalfUp, SCALE, toScaled } from './integer-math.js';
import { parseMonth, type Month } from './months.js';

export type RolloverPolicy = 'NONE' | 'CARRY_FORWARD';
export type OveragePolicy = 'BILL' | 'ABSORB';

/** Days per month and fee from `effectiveMonth` on; the retainer's creation is the first one. */
export interface Amendment {
  readonly effectiveMonth: Month;
  readonly daysPerMonth: number;
  readonly monthlyFeeMinor: number;
}

/** One-off extra (or fewer, when negative) days for a single month. */
export interface Adjustment {
  readonly month: Month;
  readonly days: number;
}

export interface RetainerTerms {
  readonly startMonth: Month;
  /** Last active month, inclusive; null or absent while open-ended. */
  readonly endMonth?: Month | null;
  readonly amendments: readonly Amendment[];
  readonly adjustments?: readonly Adjustment[];
  readonly rollover: RolloverPolicy;
  readonly rolloverCapDays?: number | null;
  readonly rolloverExpiryMonths?: number | null;
  /** Only invoicing reads it: the balance shows overage minutes under either policy. */
  readonly overage?: OveragePolicy;
}

/**
 * Throws a DomainError naming the first bad field; returns the terms for chaining. This is what
 * a computation needs (days exact to 4 decimals); what a leader may set is stricter, see
 * validateAmendment and validateAdjustment.
 */
export function validateTerms<T extends RetainerTerms>(terms: T): T {
  const start = parseMonth(terms.startMonth, 'startMonth');
  if (terms.endMonth != null) {
    const end = parseMonth(terms.endMonth, 'endMonth');
    check(end >= start, 'endMonth', `endMonth (${end}) must not be before startMonth (${start})`);
  }
  for (const amendment of terms.amendments) {
    parseMonth(amendment.effectiveMonth, 'effectiveMonth');
    checkDays(amendment.daysPerMonth, 'daysPerMonth', 0);
    checkMinorAmount(amendment.monthlyFeeMinor, 'monthlyFeeMinor');
  }
  for (const adjustment of terms.adjustments ?? []) {
    parseMonth(adjustment.month, 'month');
    checkDays(adjustment.days, 'days', -1000);
  }
  validateRolloverAndOverage(terms);
  return terms;
}

/** A range of days a leader may set, both ends included. */
export interface DayRange {
  readonly min: number;
  readonly max: number;
}

// Days are sold in quarter days (2 hours of an 8-hour day): 0.25, 0.5, 0.75, 1 …
export const DAYS_PER_MONTH: DayRange = { min: 0, max: 31 };
/** A one-off adjustment adds or removes at most a month's worth of days. */
export const ADJUSTMENT_DAYS: DayRange = { min: -31, max: 31 };
export const ROLLOVER_CAP_DAYS: DayRange = { min: 0, max: 1000 };

export function isQuarterDays(value: unknown, range: DayRange): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max && Number.isInteger(value * 4);
}

/** The sentence that refuses a value of `field` outside `range` or off the quarter-day steps. */
export function quarterDaysMessage(field: string, range: DayRange): string {
  return `${field} must be a number of days from ${range.min} to ${range.max} in quarter-day steps (0.25, 0.5, 0.75…)`;
}

function checkQuarterDays(value: unknown, field: string, range: DayRange): void {
  check(isQuarterDays(value, range), field, quarterDaysMessage(field, range));
}

/** The parts of a retainer's terms that a new amendment or adjustment is checked against. */
export type Allocations = Pick<RetainerTerms, 'amendments' | 'adjustments'>;

/**
 * A new amendment (or the retainer's creation, its first one): a month, quarter days from 0 to
 * 31 and a fee in minor units. Given the retainer's `current` allocations, it is also refused
 * when one of the months it would govern (from its month until the next later amendment) has
 * adjustments that would take that month below 0 days: rule 1 clamps at 0, but the leader must
 * not be able to sell a month whose days are silently lost.
 */
export function validateAmendment(amendment: Amendment, current?: Allocations): void {
  const from = parseMonth(amendment.effectiveMonth, 'effectiveMonth');
  checkQuarterDays(amendment.daysPerMonth, 'daysPerMonth', DAYS_PER_MONTH);
  checkMinorAmount(amendment.monthlyFeeMinor, 'monthlyFeeMinor');
  if (current === undefined) return;
  const next = current.amendments
    .map((a) => a.effectiveMonth)
    .filter((month) => month > from)
    .sort()[0];
  const days = toScaled(amendment.daysPerMonth);
  for (const [month, adjusted] of adjustedByMonth(current)) {
    if (month < from || (next !== undefined && month >= next)) continue;
    check(
      days + adjusted >= 0,
      'daysPerMonth',
      `With ${amendment.daysPerMonth} days per month, ${month}'s adjustments would take its allocation below 0 days.`,
    );
  }
}

/**
 * A new one-off adjustment: a month and a non-zero number of quarter days from −31 to 31. Given
 * the retainer's `current` allocations, it is also refused when it would take its month's
 * allocation (days in force plus the month's adjustments) below 0 days.
 */
export function validateAdjustment(adjustment: Adjustment, current?: Allocations): void {
  const month = parseMonth(adjustment.month, 'month');
  checkQuarterDays(adjustment.days, 'days', ADJUSTMENT_DAYS);
  check(adjustment.days !== 0, 'days', 'days must not be 0: an adjustment adds or removes time.');
  if (current === undefined) return;
  const inForce = amendmentInForce(current.amendments, month)?.daysPerMonth ?? 0;
  const already = adjustedByMonth(current).get(month) ?? 0;
  check(
    toScaled(inForce) + already + toScaled(adjustment.days) >= 0,
    'days',
    `${month}'s allocation would go below 0 days (${inForce} days per month, ${already / SCALE} days adjusted already).`,
  );
}

/** Each month's adjustments summed, scaled (exact), oldest month first. */
function adjustedByMonth(current: Allocations): Map<Month, number> {
  const sums = new Map<Month, number>();
  const adjustments = [...(current.adjustments ?? [])].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (const { month, days } of adjustments) sums.set(month, (sums.get(month) ?? 0) + toScaled(days));
  return sums;
}

function validateRolloverAndOverage(terms: RetainerTerms): void {
  check(
    terms.rollover === 'NONE' || terms.rollover === 'CARRY_FORWARD',
    'rollover',
    `rollover must be NONE or CARRY_FORWARD (got ${describeValue(terms.rollover)})`,
  );
  if (terms.rolloverCapDays != null) checkDays(terms.rolloverCapDays, 'rolloverCapDays', 0);
  const expiry = terms.rolloverExpiryMonths;
  check(
    expiry == null || (Number.isInteger(expiry) && expiry >= 1 && expiry <= 1200),
    'rolloverExpiryMonths',
    `rolloverExpiryMonths must be a whole number of months, at least 1 (got ${describeValue(expiry)})`,
  );
  check(
    terms.overage === undefined || terms.overage === 'BILL' || terms.overage === 'ABSORB',
    'overage',
    `overage must be BILL or ABSORB (got ${describeValue(terms.overage)})`,
  );
}

function checkDays(days: number, field: string, min: number): void {
  check(Number.isFinite(days) && days >= min && days <= 1000, field, `${field} must be a number of days between ${min} and 1000 (got ${describeValue(days)})`);
}

export function checkMinorAmount(amount: number, field: string): void {
  check(
    Number.isSafeInteger(amount) && amount >= 0,
    field,
    `${field} must be a whole, non-negative amount in minor units, e.g. cents (got ${describeValue(amount)})`,
  );
}

export function isActiveMonth(terms: Pick<RetainerTerms, 'startMonth' | 'endMonth'>, month: Month): boolean {
  return month >= terms.startMonth && (terms.endMonth == null || month <= terms.endMonth);
}

/** The latest amendment effective at or before `month`; among equals, the one given last. */
export function amendmentInForce(amendments: readonly Amendment[], month: Month): Amendment | null {
  let found: Amendment | null = null;
  for (const amendment of amendments) {
    const later = found === null || amendment.effectiveMonth >= found.effectiveMonth;
    if (amendment.effectiveMonth <= month && later) found = amendment;
  }
  return found;
}

/** The monthly fee in force for `month` (0 before any amendment). */
export function monthlyFeeInForce(terms: Pick<RetainerTerms, 'amendments'>, month: Month): number {
  return amendmentInForce(terms.amendments, month)?.monthlyFeeMinor ?? 0;
}

/** Whole minutes of `days` × minutesPerDay, exact for days with up to 4 decimals. */
export function daysToMinutes(days: number, minutesPerDay: number): number {
  return divRoundHalfUp(toScaled(days) * minutesPerDay, SCALE);
}

/**
 * Rule 1 as a function of the month: (days in force + the month's adjustments) × minutesPerDay,
 * never below 0. Adjustments are summed per month once; amendments (a handful) are scanned.
 */
export function allocationSchedule(terms: RetainerTerms, minutesPerDay: number): (month: Month) => number {
  const adjustments = new Map<Month, number>();
  for (const { month, days } of terms.adjustments ?? []) {
    adjustments.set(month, (adjustments.get(month) ?? 0) + toScaled(days));
  }
  return (month) => {
    const scaledDays = toScaled(amendmentInForce(terms.amendments, month)?.daysPerMonth ?? 0) + (adjustments.get(month) ?? 0);
    return Math.max(0, divRoundHalfUp(scaledDays * minutesPerDay, SCALE));
  };
}

export function allocatedMinutes(terms: RetainerTerms, month: Month, minutesPerDay: number): number {
  return allocationSchedule(terms, minutesPerDay)(month);
}
