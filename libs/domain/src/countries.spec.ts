import { countryCodes, isCountryCode, parseCountryCode } from './countries.js';

describe('countries', () => {
  it.each(['DE', 'US', 'HU', 'JP', 'KW', 'IQ', 'CZ', 'GB', 'SS', 'BQ', 'AX'])('%s is a country code', (code) => {
    expect(isCountryCode(code)).toBe(true);
    expect(parseCountryCode(code)).toBe(code);
  });

  // Not officially assigned (XK is user-assigned for Kosovo, EU and UK are reserved, YU and AN
  // were withdrawn), lower case, three letters, not a string.
  it.each(['XK', 'EU', 'UK', 'YU', 'AN', 'XX', 'de', 'DEU', 'Germany', '', 42, null])('%p is not a country code', (code) => {
    expect(isCountryCode(code)).toBe(false);
    expect(() => parseCountryCode(code, 'country')).toThrow(expect.objectContaining({ field: 'country' }));
  });

  it('lists the 249 assigned codes once each, A to Z', () => {
    const codes = countryCodes();
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect([...codes].sort()).toEqual(codes);
    expect(Object.isFrozen(codes)).toBe(true);
  });
});
