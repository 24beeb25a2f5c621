// Working dates and working-day steps (the demo seed picks its dates with them), held to the
// counts of workingDaysBetween over random ranges.

import fc from 'fast-check';
import { addDays, dateFromDayNumber, dayNumber, isoWeekday } from './dates.js';
import { firstDayOfMonth, lastDayOfMonth } from './months.js';
import { addWorkingDays, workingDatesBetween, workingDaysBetween, workingDaysElapsed, workingDaysInMonth } from './working-days.js';

const dateArb = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2060-12-31') }).map(dateFromDayNumber);

describe('workingDatesBetween', () => {
  it('lists April 2026 up to the 15th: Monday to Friday, oldest first', () => {
    const dates = workingDatesBetween('2026-04-01', '2026-04-15');
    expect(dates).toHaveLength(11);
    expect(dates.slice(0, 4)).toEqual(['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06']);
    expect(dates.at(-1)).toBe('2026-04-15');
    expect(workingDatesBetween('2026-04-04', '2026-04-05')).toEqual([]);
    expect(workingDatesBetween('2026-04-15', '2026-04-01')).toEqual([]);
  });

  it('has as many dates as workingDaysBetween counts, all weekdays inside the range', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -3, max: 70 }), (from, length) => {
        const to = addDays(from, length);
        const dates = workingDatesBetween(from, to);
        expect(dates).toHaveLength(workingDaysBetween(from, to));
        for (const date of dates) {
          expect(isoWeekday(date)).toBeLessThanOrEqual(5);
          expect(date >= from && date <= to).toBe(true);
        }
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });

  it('gives a month its working days, and the elapsed ones up to today', () => {
    expect(workingDatesBetween(firstDayOfMonth('2026-02'), lastDayOfMonth('2026-02'))).toHaveLength(workingDaysInMonth('2026-02'));
    expect(workingDatesBetween(firstDayOfMonth('2026-04'), '2026-04-15')).toHaveLength(workingDaysElapsed('2026-04', '2026-04-15'));
  });
});

describe('addWorkingDays', () => {
  it('steps over weekends either way, and stays put for 0', () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-27'); // Friday → Monday
    expect(addWorkingDays('2026-04-27', -1)).toBe('2026-04-24');
    expect(addWorkingDays('2026-04-25', 1)).toBe('2026-04-27'); // from a Saturday
    expect(addWorkingDays('2026-04-25', -1)).toBe('2026-04-24');
    expect(addWorkingDays('2026-04-25', 0)).toBe('2026-04-25');
    expect(addWorkingDays('2026-04-01', 10)).toBe('2026-04-15');
  });

  it('lands on a weekday exactly `count` working days away', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        (date, count) => {
          const result = addWorkingDays(date, count);
          expect(isoWeekday(result)).toBeLessThanOrEqual(5);
          if (count > 0) expect(workingDaysBetween(addDays(date, 1), result)).toBe(count);
          else expect(workingDaysBetween(result, addDays(date, -1))).toBe(-count);
        },
      ),
    );
  });

  it('refuses a fraction of a working day', () => {
    expect(() => addWorkingDays('2026-04-01', 1.5)).toThrow(expect.objectContaining({ field: 'count' }));
  });
});
