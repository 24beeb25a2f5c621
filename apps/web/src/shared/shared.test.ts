import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { currentMonthIn, dateIn, todayIn } from './calendar';
import { errorMessage, fieldName, hasErrorCode, splitErrors } from './errors';
import { formatDays, formatMinutes, formatMoney, formatMonth, humanize, toMinorUnits } from './format';
import { parseDecimal, parseWhole } from './numbers';

function apiError(...errors: { message: string; code: string; field?: string }[]) {
  return new CombinedGraphQLErrors({
    errors: errors.map((e) => ({
      message: e.message,
      extensions: { code: e.code, ...(e.field ? { field: e.field } : {}) },
    })),
  });
}

describe('calendar', () => {
  it('takes today in the workspace’s zone', () => {
    const lateUtc = new Date('2026-04-30T23:30:00Z');
    expect(todayIn('Europe/Amsterdam', lateUtc)).toBe('2026-05-01');
    expect(todayIn('America/New_York', lateUtc)).toBe('2026-04-30');
    expect(currentMonthIn('Europe/Amsterdam', lateUtc)).toBe('2026-05');
    expect(dateIn('Asia/Tokyo', new Date('2026-04-30T15:30:00Z'))).toBe('2026-05-01');
  });

  it('falls back to UTC for a zone this browser does not know, instead of failing the page', () => {
    const lateUtc = new Date('2026-04-30T23:30:00Z');
    expect(todayIn('Not/AZone', lateUtc)).toBe('2026-04-30');
    expect(currentMonthIn('Not/AZone', lateUtc)).toBe('2026-04');
  });
});

describe('errors', () => {
  it('names the field of a BAD_USER_INPUT error', () => {
    expect(fieldName('input.billingEmail')).toBe('billingEmail');
    expect(fieldName('input.actionItems.0.title')).toBe('title');
    const split = splitErrors(
      apiError(
        { message: 'Not an e-mail address', code: 'BAD_USER_INPUT', field: 'input.billingEmail' },
        { message: 'Not a country', code: 'BAD_USER_INPUT', field: 'country' },
        { message: 'Something else', code: 'BAD_USER_INPUT', field: 'input.unknown' },
      ),
      ['billingEmail', 'country'],
    );
    expect(split.fields).toEqual({ billingEmail: 'Not an e-mail address', country: 'Not a country' });
    expect(split.general).toBe('Something else');
  });

  it('keeps CONFLICT and FORBIDDEN as general messages', () => {
    const split = splitErrors(apiError({ message: 'March 2026 is locked', code: 'CONFLICT' }), ['date']);
    expect(split).toEqual({ fields: {}, general: 'March 2026 is locked' });
    expect(hasErrorCode(apiError({ message: '', code: 'FORBIDDEN' }), 'FORBIDDEN')).toBe(true);
    expect(errorMessage(apiError({ message: '', code: 'NOT_FOUND' }))).toMatch(/does not exist/);
    expect(errorMessage(apiError({ message: '', code: 'SERVICE_UNAVAILABLE' }))).toMatch(/cannot reach its database/);
    expect(errorMessage(apiError({ message: '', code: 'TOO_MANY_REQUESTS' }))).toMatch(/Too many attempts/);
    expect(hasErrorCode(apiError({ message: 'x', code: 'SERVICE_UNAVAILABLE' }), 'SERVICE_UNAVAILABLE')).toBe(true);
  });

  it('explains network failures', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/Cannot reach the server/);
    expect(splitErrors(new TypeError('Failed to fetch'), []).general).toMatch(/Cannot reach the server/);
  });
});

describe('format', () => {
  it('formats money from minor units in its currency', () => {
    expect(formatMoney({ amountMinor: 471900, currency: 'EUR' })).toBe('€4,719.00');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' })).toBe('JP¥1,500');
  });

  it('reads amounts into minor units exactly', () => {
    expect(toMinorUnits('4000', 'EUR')).toBe(400000);
    expect(toMinorUnits('1500.5', 'EUR')).toBe(150050);
    expect(toMinorUnits('0,1', 'EUR')).toBe(10);
    expect(toMinorUnits('19.999', 'EUR')).toBeNull();
    expect(toMinorUnits('-5', 'EUR')).toBeNull();
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1500.5', 'JPY')).toBeNull();
  });

  it('shows minutes as days and hours', () => {
    expect(formatDays(1200, 480)).toBe('2.5 d');
    expect(formatDays(160, 480)).toBe('0.33 d');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMonth('2026-04')).toBe('April 2026');
    expect(humanize('ONE_ON_ONE')).toBe('One on one');
  });

  it('reads decimals and whole numbers', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('-1')).toBe(-1);
    expect(parseDecimal('abc')).toBeNull();
    expect(parseWhole('30')).toBe(30);
    expect(parseWhole('3.5')).toBeNull();
  });
});

describe('rankedFilter', () => {
  it('puts names and codes that start with the search first', async () => {
    const { countryOptions, rankedFilter } = await import('./options');
    const pick = (search: string) =>
      rankedFilter({ options: countryOptions(), search, limit: 3 }).map((o) => ('value' in o ? o.value : ''));
    expect(pick('neth')[0]).toBe('NL');
    expect(pick('neth')).toContain('BQ');
    expect(pick('nl')[0]).toBe('NL');
    expect(pick('')).toHaveLength(3);
  });
});
