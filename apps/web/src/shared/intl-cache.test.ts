import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('Intl formatter cache', () => {
  it('makes one formatter per locale and options', () => {
    const a = numberFormat('en-GB', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('en-GB', { style: 'currency', currency: 'EUR' })).toBe(a);
    expect(numberFormat('en-GB', { style: 'currency', currency: 'JPY' })).not.toBe(a);
    expect(numberFormat('de-DE', { style: 'currency', currency: 'EUR' })).not.toBe(a);
    expect(a.format(1234.5)).toBe('€1,234.50');
  });

  it('lets an invalid option throw each time instead of caching a failure', () => {
    expect(() => dateTimeFormat('en-CA', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-CA', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(dateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).resolvedOptions().timeZone).toBe('Europe/Prague');
  });
});
