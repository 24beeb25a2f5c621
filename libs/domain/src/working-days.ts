// Working days (Monday to Friday; public holidays are not modelled) drive docs/rules.md's rule 7
// (the projection) and rule 8 ("fewer than 5 working days remain").

import { check } from './errors.js';
import { addDays, dateFromDayNumber, dayNumber, isoWeekday, type IsoDate } from './dates.js';
import { firstDayOfMonth, lastDayOfMonth, type Month } from './months.js';

/** Monday–Friday dates from `from` to `to`, both included. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days <= 0) return 0;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  // The leftover (< 7) days start on the same weekday as `from`.
  const firstWeekday = isoWeekday(from);
  for (let offset = 0; offset < days - fullWeeks * 7; offset++) {
    if ((firstWeekday + offset - 1) % 7 < 5) count++;
  }
  return count;
}

/** The Monday–Friday dates from `from` to `to`, both included, oldest first. */
export function workingDatesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day++) {
    const date = dateFromDayNumber(day);
    if (isoWeekday(date) <= 5) dates.push(date);
  }
  return dates;
}

/** The working day `count` working days after `date` (before it when negative); `date` itself for 0. */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  check(Number.isInteger(count), 'count', `count must be a whole number of working days (got ${count})`);
  let result = date;
  for (let remaining = Math.abs(count); remaining > 0;) {
    result = addDays(result, Math.sign(count));
    if (isoWeekday(result) <= 5) remaining--;
  }
  return result;
}

export function workingDaysInMonth(month: Month): number {
  return workingDaysBetween(firstDayOfMonth(month), lastDayOfMonth(month));
}

/** Working days of `month` up to and including `today` (0 before the month, all after it). */
export function workingDaysElapsed(month: Month, today: IsoDate): number {
  if (today < firstDayOfMonth(month)) return 0;
  const end = today > lastDayOfMonth(month) ? lastDayOfMonth(month) : today;
  return workingDaysBetween(firstDayOfMonth(month), end);
}

/** Minutes in one "day" of allocation: round(hoursPerDay × 60). */
export function minutesPerDay(hoursPerDay: number): number {
  const minutes = Math.round(hoursPerDay * 60);
  check(
    Number.isFinite(hoursPerDay) && minutes >= 1 && hoursPerDay <= 24,
    'hoursPerDay',
    `hoursPerDay must be more than 0 and at most 24 (got ${hoursPerDay})`,
  );
  return minutes;
}
