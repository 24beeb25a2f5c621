// Durations and dates as a leader reads them in an alert ("1.5 days", "30 April 2026").
// Minutes stay the unit of record; these strings are for people only.

import { check } from './errors.js';
import { divRoundHalfUp } from './integer-math.js';
import { formatMonthLong } from './months.js';
import type { IsoDate } from './dates.js';

/**
 * Whole minutes as days, rounded half up to hundredths: 160 min at 480 min/day → 0.33. Sum the
 * minutes first and convert once, so a total never drifts from its parts by float error.
 */
export function minutesToDays(minutes: number, minutesPerDay: number): number {
  check(
    Number.isSafeInteger(minutesPerDay) && minutesPerDay > 0,
    'minutesPerDay',
    `minutesPerDay must be a whole number of minutes above 0 (got ${minutesPerDay})`,
  );
  return divRoundHalfUp(minutes * 100, minutesPerDay) / 100;
}

/** Minutes as days with up to 2 decimals: 720 min at 480 min/day → "1.5 days". */
export function formatDays(minutes: number, minutesPerDay: number): string {
  const hundredths = divRoundHalfUp(minutes * 100, minutesPerDay);
  return plural(trimDecimals(hundredths, 100), 'day');
}

/** Days from half a day up, hours from one hour up, else minutes: an overage of 20 min reads as such. */
export function formatDuration(minutes: number, minutesPerDay: number): string {
  if (2 * minutes >= minutesPerDay) return formatDays(minutes, minutesPerDay);
  if (minutes >= 60) return plural(trimDecimals(divRoundHalfUp(minutes, 6), 10), 'hour');
  return plural(String(minutes), 'minute');
}

/** '2026-04-30' → "30 April 2026". */
export function formatDateLong(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${formatMonthLong(date.slice(0, 7))}`;
}

export function plural(count: string | number, noun: string): string {
  return `${count} ${noun}${String(count) === '1' ? '' : 's'}`;
}

/** A non-negative count of 1/`per` units as a decimal without trailing zeros: 150/100 → "1.5". */
function trimDecimals(value: number, per: number): string {
  const fraction = value % per;
  const whole = String((value - fraction) / per);
  if (fraction === 0) return whole;
  return `${whole}.${String(fraction)
    .padStart(String(per).length - 1, '0')
    .replace(/0+$/, '')}`;
}
