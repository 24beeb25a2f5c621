// The selects offer libs/domain's lists, which the API checks against: nothing the API would
// refuse (HRK, XDR, XK), nothing it accepts left out.
import { countryCodes, currencyCodes, isValidTimeZone, timeZones } from '@allot/domain';
import { describe, expect, it } from 'vitest';
import { browserTimeZone, countryOptions, currencyOptions, timeZoneOptions } from './options';

describe('code selects', () => {
  it('offers exactly the ISO 4217 currencies, the common ones first', () => {
    const values = currencyOptions().map((o) => o.value);
    expect([...values].sort()).toEqual([...currencyCodes()]);
    expect(values.slice(0, 3)).toEqual(['EUR', 'USD', 'GBP']);
    expect(values).toEqual(expect.arrayContaining(['HUF', 'JPY', 'KWD', 'IQD']));
    for (const withdrawn of ['HRK', 'SLL', 'CUC', 'XDR']) expect(values).not.toContain(withdrawn);
    expect(currencyOptions().find((o) => o.value === 'HUF')?.label).toBe('HUF — Hungarian Forint');
  });

  it('offers exactly the ISO 3166-1 countries, by name', () => {
    const options = countryOptions();
    expect(options.map((o) => o.value).sort()).toEqual([...countryCodes()]);
    expect(options.find((o) => o.value === 'HU')?.label).toBe('Hungary (HU)');
    expect(options.map((o) => o.value)).not.toContain('XK');
  });

  it('offers the domain’s time zones, and keeps a saved alias visible', () => {
    expect(timeZoneOptions()).toEqual([...timeZones()]);
    expect(timeZoneOptions('Europe/Budapest')).toEqual([...timeZones()]);
    const alias = ['Europe/Kiev', 'Asia/Calcutta', 'US/Eastern'].find(
      (zone) => isValidTimeZone(zone) && !timeZones().includes(zone),
    );
    if (alias) expect(timeZoneOptions(alias)[0]).toBe(alias);
    expect(timeZoneOptions('Mars/Olympus')).toEqual([...timeZones()]);
    expect(timeZones()).toContain(browserTimeZone());
  });
});
