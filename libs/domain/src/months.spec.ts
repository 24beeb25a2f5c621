import { DomainError, isDomainError } from './errors.js';
import {
  addMonths,
  compareMonths,
  daysInMonth,
  firstDayOfMonth,
  formatMonthLong,
  isMonth,
  lastDayOfMonth,
  monthDiff,
  monthFromIndex,
  monthIndex,
  monthName,
  monthRange,
  parseMonth,
} from './months.js';

describe('Month', () => {
  it.each(['2026-01', '2026-12', '0001-06', '9999-12'])('accepts %s', (value) => {
    expect(isMonth(value)).toBe(true);
  });

  it.each(['2026-00', '2026-13', '2026-1', '26-01', '2026-01-01', ' 2026-01', '', 202601, null, undefined])('rejects %p', (value) => {
    expect(isMonth(value)).toBe(false);
  });

  it('parses, or names the field in a readable error', () => {
    expect(parseMonth('2026-04')).toBe('2026-04');
    try {
      parseMonth('2026-4', 'effectiveMonth');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect(error).toMatchObject({
        field: 'effectiveMonth',
        code: 'BAD_USER_INPUT',
        message: 'effectiveMonth must be a month written YYYY-MM, like 2026-04 (got "2026-4")',
      });
    }
    expect(() => parseMonth(7)).toThrow(new DomainError('month', 'month must be a month written YYYY-MM, like 2026-04 (got 7)'));
  });

  it('adds and subtracts months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-01', -25)).toBe('2023-12');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
  });

  it('refuses months beyond the four-digit years', () => {
    expect(() => addMonths('9999-12', 1)).toThrow(DomainError);
    expect(() => addMonths('0000-01', -1)).toThrow(DomainError);
  });

  it('counts the months between two months', () => {
    expect(monthDiff('2025-11', '2026-02')).toBe(3);
    expect(monthDiff('2026-02', '2025-11')).toBe(-3);
    expect(monthDiff('2026-02', '2026-02')).toBe(0);
  });

  it('round-trips through the month index', () => {
    for (const month of ['0000-01', '1999-12', '2026-04']) expect(monthFromIndex(monthIndex(month))).toBe(month);
  });

  it('compares months', () => {
    expect(compareMonths('2025-12', '2026-01')).toBe(-1);
    expect(compareMonths('2026-01', '2026-01')).toBe(0);
    expect(compareMonths('2026-10', '2026-09')).toBe(1);
  });

  it('lists a range, both ends included', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
  });

  it('knows its first and last day, leap years included', () => {
    expect(firstDayOfMonth('2026-04')).toBe('2026-04-01');
    expect(lastDayOfMonth('2026-04')).toBe('2026-04-30');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(daysInMonth('2026-02')).toBe(28);
  });

  it('reads as words for invoices and alerts', () => {
    expect(formatMonthLong('2026-04')).toBe('April 2026');
    expect(monthName('2026-12')).toBe('December');
  });
});
