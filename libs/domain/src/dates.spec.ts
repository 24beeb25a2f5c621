import { DomainError } from './errors.js';
import {
  addDays,
  compareDates,
  dateFromDayNumber,
  dateInTimeZone,
  dayNumber,
  daysBetween,
  isIsoDate,
  isoWeekday,
  isValidTimeZone,
  monthInTimeZone,
  monthOfDate,
  parseIsoDate,
  parseTimeZone,
  timeZones,
} from './dates.js';
import { minutesPerDay, workingDaysBetween, workingDaysElapsed, workingDaysInMonth } from './working-days.js';

describe('IsoDate', () => {
  it.each(['2026-04-30', '2028-02-29', '2000-02-29', '0001-01-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-04-00', '2026-4-30', '2026-04-30T00:00', 20260430, null])(
    'rejects %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('parses, or names the field', () => {
    expect(parseIsoDate('2026-04-30', 'dueDate')).toBe('2026-04-30');
    expect(() => parseIsoDate('30/04/2026', 'dueDate')).toThrow(expect.objectContaining({ field: 'dueDate', message: expect.stringContaining('YYYY-MM-DD') }));
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-01-15', 30)).toBe('2026-02-14');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('counts the days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-04-30', '2026-04-01')).toBe(-29);
  });

  it('numbers days from 1970-01-01 and back, every day of 400 years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11017);
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2300-01-01'); day += 1) {
      const date = dateFromDayNumber(day);
      if (dayNumber(date) !== day || !isIsoDate(date)) throw new Error(`round trip failed at ${day} (${date})`);
    }
    expect(() => dateFromDayNumber(dayNumber('9999-12-31') + 1)).toThrow(DomainError);
  });

  it('knows the weekday', () => {
    expect(isoWeekday('2026-04-27')).toBe(1);
    expect(isoWeekday('2026-05-03')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('compares dates and finds their month', () => {
    expect(compareDates('2026-04-30', '2026-05-01')).toBe(-1);
    expect(compareDates('2026-04-30', '2026-04-30')).toBe(0);
    expect(compareDates('2026-05-01', '2026-04-30')).toBe(1);
    expect(monthOfDate('2026-04-30')).toBe('2026-04');
    expect(() => monthOfDate('2026-04')).toThrow(DomainError);
  });
});

describe('time zones', () => {
  it('puts a meeting at 2025-10-31T23:30Z on 2025-11-01 in Prague (CET after the DST change)', () => {
    const instant = new Date('2025-10-31T23:30:00Z');
    expect(dateInTimeZone(instant, 'Europe/Prague')).toBe('2025-11-01');
    expect(monthInTimeZone(instant, 'Europe/Prague')).toBe('2025-11');
    expect(dateInTimeZone(instant, 'UTC')).toBe('2025-10-31');
  });

  it('follows summer time: 22:30Z is already the next day in Prague in July, not in January', () => {
    expect(dateInTimeZone(new Date('2026-07-14T22:30:00Z'), 'Europe/Prague')).toBe('2026-07-15');
    expect(dateInTimeZone(new Date('2026-01-14T22:30:00Z'), 'Europe/Prague')).toBe('2026-01-14');
  });

  it('handles the hours around a DST change', () => {
    // Prague springs forward at 2026-03-29T01:00Z; New York falls back at 2026-11-01T06:00Z.
    expect(dateInTimeZone(new Date('2026-03-29T00:59:59Z'), 'Europe/Prague')).toBe('2026-03-29');
    expect(dateInTimeZone(new Date('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(dateInTimeZone(new Date('2026-11-01T03:30:00Z'), 'America/New_York')).toBe('2026-10-31');
  });

  it('puts the new year in the right month west of UTC', () => {
    expect(monthInTimeZone(new Date('2026-01-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2025-12');
    expect(monthInTimeZone(new Date('2025-12-31T12:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01');
  });

  it.each(['Europe/Prague', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5'])('accepts the IANA zone %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  // 'Mars/Olympus+05': tzOffset reads "+05" out of a name it cannot resolve, Intl does not.
  it.each(['Europe/Prag', '+02:00', '', 'Mars/Olympus_Mons', 'Mars/Olympus+05', 'Europe/Prague-01', `Europe/${'x'.repeat(64)}`, 42, null])(
    'rejects %p as a time zone',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(false);
    },
  );

  it('offers UTC first, then the runtime’s IANA zones A to Z, each one it accepts', () => {
    const zones = timeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones.slice(1)).toEqual([...zones.slice(1)].sort());
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toEqual(expect.arrayContaining(['Europe/Prague', 'Europe/Budapest', 'Asia/Tokyo', 'Asia/Kuwait', 'Asia/Baghdad', 'America/New_York']));
    for (const zone of zones) expect(isValidTimeZone(zone)).toBe(true);
    expect(timeZones()).toBe(zones);
  });

  it('names the field of a bad zone or instant', () => {
    expect(parseTimeZone('Europe/Prague')).toBe('Europe/Prague');
    expect(() => dateInTimeZone(new Date(), 'CEST+1')).toThrow(expect.objectContaining({ field: 'timezone' }));
    expect(() => dateInTimeZone(new Date('nonsense'), 'UTC')).toThrow(expect.objectContaining({ field: 'instant' }));
  });
});

describe('working days', () => {
  it.each([
    ['2026-04', 22],
    ['2026-02', 20],
    ['2026-05', 21],
    ['2026-08', 21],
    ['2028-02', 21],
  ])('%s has %i working days', (month, count) => {
    expect(workingDaysInMonth(month)).toBe(count);
  });

  it.each([
    ['2026-03-31', 0],
    ['2026-04-01', 1],
    ['2026-04-03', 3],
    ['2026-04-05', 3],
    ['2026-04-06', 4],
    ['2026-04-30', 22],
    ['2026-06-15', 22],
  ])('April 2026 has, by %s, this many elapsed: %i', (today, elapsed) => {
    expect(workingDaysElapsed('2026-04', today)).toBe(elapsed);
  });

  it('counts weekdays between any two dates', () => {
    expect(workingDaysBetween('2026-04-04', '2026-04-05')).toBe(0);
    expect(workingDaysBetween('2026-04-05', '2026-04-04')).toBe(0);
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(261);
  });

  it('turns hours per day into whole minutes', () => {
    expect(minutesPerDay(8)).toBe(480);
    expect(minutesPerDay(7.5)).toBe(450);
    expect(minutesPerDay(7.33)).toBe(440);
    expect(() => minutesPerDay(0)).toThrow(expect.objectContaining({ field: 'hoursPerDay' }));
    expect(() => minutesPerDay(25)).toThrow(DomainError);
    expect(() => minutesPerDay(Number.NaN)).toThrow(DomainError);
  });
});
