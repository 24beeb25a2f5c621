// Calendar values as the contract writes them: Month `YYYY-MM`, Date `YYYY-MM-DD`. Plain string
// arithmetic, never `Date` objects for calendar months. "Today" is taken in the workspace's
// time zone, because that is where the API dates time entries.
import { dateTimeFormat } from './intl-cache';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  return Number(m[3]) <= daysInMonth(`${m[1]}-${m[2]}`);
}

function monthParts(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month: ${month}`);
  return [Number(m[1]), Number(m[2])];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = monthParts(month);
  const index = y * 12 + (m - 1) + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** Inclusive list of months from `from` to `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function daysInMonth(month: string): number {
  const [y, m] = monthParts(month);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Today's date in an IANA time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return dateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function currentMonthIn(timeZone: string, now: Date = new Date()): string {
  return monthOf(todayIn(timeZone, now));
}

/** Monday–Friday days of a month, and how many of them fall on or before `today`. */
export function workingDays(month: string, today: string): { total: number; elapsed: number } {
  const [y, m] = monthParts(month);
  let total = 0;
  let elapsed = 0;
  for (let d = 1; d <= daysInMonth(month); d += 1) {
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    total += 1;
    if (`${month}-${pad(d)}` <= today) elapsed += 1;
  }
  return { total, elapsed };
}
