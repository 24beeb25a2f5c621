import { describe, expect, it } from 'vitest';
import { parseDuration, type DurationOptions } from './duration';

const day8 = { minutesPerDay: 480 };

function minutes(input: string, options: DurationOptions = day8): number {
  const result = parseDuration(input, options);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error}`);
  return result.minutes;
}

function error(input: string, options: DurationOptions = day8): string {
  const result = parseDuration(input, options);
  if (result.ok) throw new Error(`expected "${input}" to be rejected, got ${result.minutes} minutes`);
  return result.error;
}

describe('parseDuration', () => {
  describe('the three units the quick entry advertises', () => {
    it.each([
      ['1.5h', 90],
      ['2h', 120],
      ['90m', 90],
      ['1m', 1],
      ['0.5d', 240],
      ['1d', 480],
    ])('%s is %i minutes', (input, expected) => {
      expect(minutes(input)).toBe(expected);
    });

    it('reads a day as the workspace minutesPerDay', () => {
      expect(minutes('0.5d', { minutesPerDay: 450 })).toBe(225);
      expect(minutes('1d', { minutesPerDay: 360 })).toBe(360);
      expect(minutes('2d', { minutesPerDay: 600 })).toBe(1200);
    });
  });

  describe('combinations and spellings', () => {
    it.each([
      ['1h30m', 90],
      ['1h 30m', 90],
      ['1 h 30 min', 90],
      ['2 hours 15 minutes', 135],
      ['1 hour', 60],
      ['45 mins', 45],
      ['3 hrs', 180],
      ['1hr', 60],
      ['0.5d 1h', 300],
      ['1d2h', 600],
      ['30m1h', 90],
      ['1h30', 90],
      ['2h05', 125],
      ['1,5h', 90],
      ['.5h', 30],
      ['  1.5H  ', 90],
      ['1H30M', 90],
      ['1 day', 480],
      ['0.25 days', 120],
    ])('%s is %i minutes', (input, expected) => {
      expect(minutes(input)).toBe(expected);
    });

    it.each([
      ['1:30', 90],
      ['0:45', 45],
      ['10:05', 605],
    ])('clock form %s is %i minutes', (input, expected) => {
      expect(minutes(input)).toBe(expected);
    });
  });

  describe('rounding to whole minutes', () => {
    it('rounds fractional hours and days to the nearest minute', () => {
      expect(minutes('1.33h')).toBe(80); // 79.8
      expect(minutes('0.01h')).toBe(1); // 0.6
      expect(minutes('0.3d', { minutesPerDay: 475 })).toBe(143); // 142.5 rounds half up
    });

    it('rejects fractional minutes outright', () => {
      expect(error('90.5m')).toMatch(/whole/);
    });
  });

  describe('rejects garbage', () => {
    it.each([
      'abc',
      'h',
      '1x',
      '1.5.5h',
      '1h h',
      'h1',
      '1 2h',
      '1h-30m',
      '1h30m15',
      '1h75',
      '1:75',
      '1::30',
      '12h30m20s',
      '1e3m',
      'Infinityh',
      'NaNm',
      '0x10m',
      '1½h',
      '; drop table',
    ])('"%s"', (input) => {
      expect(error(input)).not.toBe('');
    });

    it('asks for a duration when empty', () => {
      expect(error('')).toMatch(/Enter a duration/);
      expect(error('   ')).toMatch(/Enter a duration/);
    });

    it('asks for a unit for a bare number', () => {
      expect(error('90')).toMatch(/unit/);
      expect(error('1.5')).toMatch(/unit/);
    });

    it('names the unknown unit', () => {
      expect(error('3 weeks')).toMatch(/"weeks" is not a unit/);
      expect(error('10s')).toMatch(/"s" is not a unit/);
    });

    it('refuses the same unit twice', () => {
      expect(error('1h 2h')).toMatch(/once/);
      expect(error('30m 30min')).toMatch(/once/);
    });

    it('refuses negative and zero durations', () => {
      expect(error('-1h')).toMatch(/negative/);
      expect(error('0h')).toMatch(/at least one minute/);
      expect(error('0m')).toMatch(/at least one minute/);
      expect(error('0:00')).toMatch(/at least one minute/);
      expect(error('0.001h')).toMatch(/at least one minute/);
    });

    it('refuses more than one date can hold', () => {
      expect(minutes('24h')).toBe(1440);
      expect(error('24h1m')).toMatch(/at most 24 hours/);
      expect(minutes('3d')).toBe(1440);
      expect(error('3.1d')).toMatch(/at most/);
      expect(error('2h', { minutesPerDay: 480, maxMinutes: 60 })).toMatch(/at most 1 hours/);
    });
  });

  it('refuses a nonsensical minutesPerDay', () => {
    expect(() => parseDuration('1d', { minutesPerDay: 0 })).toThrow(RangeError);
    expect(() => parseDuration('1d', { minutesPerDay: 7.5 })).toThrow(RangeError);
  });

  it('is consistent: every whole number of minutes written as Nm parses back to N', () => {
    for (let n = 1; n <= 1440; n += 1) {
      expect(parseDuration(`${n}m`, day8)).toEqual({ ok: true, minutes: n });
      const h = Math.floor(n / 60);
      const m = n % 60;
      const written = h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
      expect(parseDuration(written, day8)).toEqual({ ok: true, minutes: n });
    }
  });
});
