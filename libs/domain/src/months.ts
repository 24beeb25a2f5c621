// Calendar months as 'YYYY-MM' strings: what the API's Month scalar carries, what sorts
// correctly as text, and what never drifts across time zones the way a Date at midnight does.

import { check, describeValue } from './errors.js';

/** A calendar month, 'YYYY-MM' (2026-04). */
export type Month = string;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** Returns `value` as a Month or throws a DomainError naming `field`. */
export function parseMonth(value: unknown, field = 'month'): Month {
  check(isMonth(value), field, `${field} must be a month written YYYY-MM, like 2026-04 (got ${describeValue(value)})`);
  return value;
}

/** Months since year 0: turns month arithmetic into integer arithmetic. */
export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  check(index >= 0 && index < 120_000, 'month', 'month is outside the years 0000–9999');
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** How many months `to` is after `from` (negative when before). */
export function monthDiff(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from);
}

export function compareMonths(a: Month, b: Month): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  const last = monthIndex(to);
  for (let index = monthIndex(from); index <= last; index++) months.push(monthFromIndex(index));
  return months;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: Month): number {
  const number = Number(month.slice(5, 7));
  return number === 2 && isLeapYear(Number(month.slice(0, 4))) ? 29 : DAYS_IN_MONTH[number - 1]!;
}

export function firstDayOfMonth(month: Month): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: Month): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** 'April 2026': invoices and alerts are in English whatever the viewer's locale. */
export function formatMonthLong(month: Month): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** 'April': for messages where the year is obvious. */
export function monthName(month: Month): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1]!;
}
