import fc from 'fast-check';
import { formatDateLong, formatDays, formatDuration, minutesToDays } from './format.js';

describe('formatting for people', () => {
  it.each([
    [720, '1.5 days'],
    [480, '1 day'],
    [0, '0 days'],
    [1200, '2.5 days'],
    [100, '0.21 days'],
    [4805, '10.01 days'],
  ])('%i minutes read as %s', (minutes, text) => {
    expect(formatDays(minutes, 480)).toBe(text);
  });

  it('picks days, hours or minutes by size', () => {
    expect(formatDuration(240, 480)).toBe('0.5 days');
    expect(formatDuration(239, 480)).toBe('4 hours');
    expect(formatDuration(150, 480)).toBe('2.5 hours');
    expect(formatDuration(59, 480)).toBe('59 minutes');
  });

  it('writes dates in words', () => {
    expect(formatDateLong('2026-04-05')).toBe('5 April 2026');
  });
});

describe('minutesToDays', () => {
  it.each([
    [1200, 480, 2.5],
    [160, 480, 0.33],
    [12, 480, 0.03],
    [6, 400, 0.02], // 0.015 exactly: half up, where 6 / 400 as a float would round down
    [-720, 480, -1.5],
    [0, 450, 0],
  ])('%i minutes at %i min/day are %p days', (minutes, perDay, days) => {
    expect(minutesToDays(minutes, perDay)).toBe(days);
  });

  it('converts a sum of minutes once: a total is the sum of its parts within the rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000 }), { maxLength: 12 }), fc.constantFrom(360, 450, 480, 500), (parts, perDay) => {
        const total = parts.reduce((sum, minutes) => sum + minutes, 0);
        expect(Math.abs(minutesToDays(total, perDay) - total / perDay)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(formatDays(total, perDay)).toBe(`${minutesToDays(total, perDay)} ${minutesToDays(total, perDay) === 1 ? 'day' : 'days'}`);
      }),
    );
  });

  it('needs a day of whole minutes', () => {
    expect(() => minutesToDays(480, 0)).toThrow(expect.objectContaining({ field: 'minutesPerDay' }));
    expect(() => minutesToDays(480, 7.5)).toThrow(expect.objectContaining({ field: 'minutesPerDay' }));
  });
});
