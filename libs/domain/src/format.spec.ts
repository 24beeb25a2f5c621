import { formatDateLong, formatDays, formatDuration } from './format.js';

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
