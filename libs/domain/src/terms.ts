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

/** Throws a DomainError naming the first bad field; returns the terms for chaining. */
export function validateTerms<T extends RetainerTerms>(terms: T): T {
  const start = parseMonth(terms.startMonth, 'startMonth');
  if (terms.endMonth != null) {
    const end = parseMonth(terms.endMonth, 'endMonth');
    check(end >= start, 'endMonth', `endMonth (${end}) must not be before startMonth (${start})`);
  }
  terms.amendments.forEach(validateAmendment);
  (terms.adjustments ?? []).forEach(validateAdjustment);
  validateRolloverAndOverage(terms);
  return terms;
}

export function validateAmendment(amendment: Amendment): void {
  parseMonth(amendment.effectiveMonth, 'effectiveMonth');
  checkDays(amendment.daysPerMonth, 'daysPerMonth', 0);
  checkMinorAmount(amendment.monthlyFeeMinor, 'monthlyFeeMinor');
}

export function validateAdjustment(adjustment: Adjustment): void {
  parseMonth(adjustment.month, 'month');
  checkDays(adjustment.days, 'days', -1000);
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
  check(
    Number.isFinite(days) && days >= min && days <= 1000,
    field,
    `${field} must be a number of days between ${min} and 1000 (got ${describeValue(days)})`,
  );
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
