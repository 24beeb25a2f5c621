// Calendar dates as 'YYYY-MM-DD' strings, and the date or month of an instant in the
// workspace's IANA time zone. Calendar arithmetic is done on day numbers (days since
// 1970-01-01) so it never meets a local clock; only the instant → local date step needs
// time-zone rules, and those come from @date-fns/tz (the platform's tz database), DST included.

import { TZDate } from '@date-fns/tz';
import { check, describeValue } from './errors.js';
import { daysInMonth, isMonth, type Month } from './months.js';

/** A calendar date, 'YYYY-MM-DD' (2026-04-30). */
export type IsoDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// IANA names only: offsets such as '+02:00' do not follow a place's DST changes.
const ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const month = `${match[1]}-${match[2]}`;
  const day = Number(match[3]);
  return isMonth(month) && day >= 1 && day <= daysInMonth(month);
}

/** Returns `value` as an IsoDate or throws a DomainError naming `field`. */
export function parseIsoDate(value: unknown, field = 'date'): IsoDate {
  check(isIsoDate(value), field, `${field} must be a calendar date written YYYY-MM-DD, like 2026-04-30 (got ${describeValue(value)})`);
  return value;
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil. */
export function dayNumber(date: IsoDate): number {
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of dayNumber (Hinnant's civil_from_days). */
export function dateFromDayNumber(days: number): IsoDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  check(year >= 0 && year <= 9999, 'date', 'date is outside the years 0000–9999');
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: IsoDate, count: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + count);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The month a 'YYYY-MM-DD' date falls in. */
export function monthOfDate(date: IsoDate): Month {
  return parseIsoDate(date).slice(0, 7);
}

// Zones Intl has accepted, so that dateInTimeZone (which checks its zone on every call) does not
// build a formatter each time. Bounded: case variants of a name are all valid to Intl.
const KNOWN_ZONES = new Set<string>();

/**
 * An IANA zone name the runtime's tz database knows. Asked of Intl directly: tzOffset alone
 * falls back to reading an offset out of any name it cannot resolve ("Mars/Olympus+05" → +05:00).
 */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !ZONE_PATTERN.test(value)) return false;
  if (KNOWN_ZONES.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    return false;
  }
  if (KNOWN_ZONES.size < 2000) KNOWN_ZONES.add(value);
  return true;
}

let zoneList: readonly string[] | null = null;

/**
 * The zones to choose from: UTC, then the runtime's canonical IANA names A to Z (from its tz
 * database, as the offsets are: a written-out list would name zones the runtime cannot compute),
 * each one isValidTimeZone accepts.
 */
export function timeZones(): readonly string[] {
  zoneList ??= Object.freeze([
    'UTC',
    ...Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone !== 'UTC' && isValidTimeZone(zone))
      .sort(),
  ]);
  return zoneList;
}

/** Returns `value` as a time zone or throws a DomainError naming `field`. */
export function parseTimeZone(value: unknown, field = 'timezone'): string {
  check(isValidTimeZone(value), field, `${field} must be an IANA time zone such as Europe/Prague (got ${describeValue(value)})`);
  return value;
}

/** The calendar date of `instant` on a wall calendar in time zone `timeZone`. */
export function dateInTimeZone(instant: Date, timeZone: string): IsoDate {
  check(!Number.isNaN(instant.getTime()), 'instant', 'instant is not a valid point in time');
  const local = new TZDate(instant.getTime(), parseTimeZone(timeZone));
  return `${String(local.getFullYear()).padStart(4, '0')}-${pad2(local.getMonth() + 1)}-${pad2(local.getDate())}`;
}

export function monthInTimeZone(instant: Date, timeZone: string): Month {
  return dateInTimeZone(instant, timeZone).slice(0, 7);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
