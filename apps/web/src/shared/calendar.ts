// The workspace's calendar in the browser. Months, dates and working days are @allot/domain's
// (the API's own rules); this only adds the browser's clock and a fallback: a browser whose
// time-zone data lacks a zone the server accepted shows UTC dates rather than a broken page.
import { dateInTimeZone, isDomainError, monthOfDate, type IsoDate, type Month } from '@allot/domain';

/** The workspace's date at `instant`, as `YYYY-MM-DD` (UTC when this browser does not know the zone). */
export function dateIn(timeZone: string, instant: Date): IsoDate {
  try {
    return dateInTimeZone(instant, timeZone);
  } catch (error) {
    if (!isDomainError(error) || error.field !== 'timezone') throw error;
    return dateInTimeZone(instant, 'UTC');
  }
}

/** Today on the workspace's calendar: where the API dates time entries and decides what is overdue. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return dateIn(timeZone, now);
}

export function currentMonthIn(timeZone: string, now: Date = new Date()): Month {
  return monthOfDate(todayIn(timeZone, now));
}
