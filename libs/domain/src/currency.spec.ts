import { currencyCodes, currencyMinorUnits, formatMinor, isCurrencyCode, parseCurrencyCode, parseMinor } from './currency.js';

describe('currencies', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['CZK', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['TND', 3],
    ['CLF', 4],
    // ISO 4217's digits, not Intl's: ICU formats these with 0 decimals (cash practice), and a
    // web app that took its digits from Intl sent 400000 HUF as 4 000.00 HUF.
    ['HUF', 2],
    ['IDR', 2],
    ['COP', 2],
    ['PKR', 2],
    ['IQD', 3],
  ])('%s has %i minor units', (code, units) => {
    expect(isCurrencyCode(code)).toBe(true);
    expect(currencyMinorUnits(code)).toBe(units);
    expect(currencyCodes()).toContain(code);
  });

  // Withdrawn from ISO 4217 (HRK 2023, SLL 2024, CUC, ZWL), or not a currency (the SDR and the
  // Sucre of the IMF and ALBA, test and no-currency codes, metals), though Intl may know them.
  it.each(['HRK', 'SLL', 'CUC', 'ZWL', 'XDR', 'XSU', 'XUA', 'XTS', 'XXX', 'XAU', 'eur', 'EURO', 'huf', '', 42, null])('%p is not a currency code', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
    expect(currencyCodes()).not.toContain(code);
    expect(() => parseCurrencyCode(code, 'currency')).toThrow(expect.objectContaining({ field: 'currency' }));
    expect(() => currencyMinorUnits(code as string)).toThrow(expect.objectContaining({ field: 'currency' }));
  });

  it('lists each code once, A to Z, each with its minor units', () => {
    const codes = currencyCodes();
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) expect([0, 2, 3, 4]).toContain(currencyMinorUnits(code));
    expect(Object.isFrozen(codes)).toBe(true);
  });

  it('names the field of a bad currency', () => {
    expect(parseCurrencyCode('GBP')).toBe('GBP');
    expect(() => parseCurrencyCode('ABC', 'currency')).toThrow(expect.objectContaining({ field: 'currency' }));
  });

  it('writes minor units as a plain decimal', () => {
    expect(formatMinor(240_000, 'EUR')).toBe('2400.00');
    expect(formatMinor(5, 'EUR')).toBe('0.05');
    expect(formatMinor(-5, 'EUR')).toBe('-0.05');
    expect(formatMinor(0, 'EUR')).toBe('0.00');
    expect(formatMinor(300_000, 'JPY')).toBe('300000');
    expect(formatMinor(-7, 'JPY')).toBe('-7');
    expect(formatMinor(1_234_567, 'BHD')).toBe('1234.567');
    expect(formatMinor(40_000_000, 'HUF')).toBe('400000.00');
    expect(formatMinor(400_000_000, 'IQD')).toBe('400000.000');
    expect(formatMinor(400_000, 'KWD')).toBe('400.000');
  });

  it('reads a decimal into minor units, refusing more decimals than the currency has', () => {
    expect(parseMinor('2400.00', 'EUR')).toBe(240_000);
    expect(parseMinor('2400.5', 'EUR')).toBe(240_050);
    expect(parseMinor('12', 'EUR')).toBe(1_200);
    expect(parseMinor('-0.05', 'EUR')).toBe(-5);
    expect(parseMinor('0', 'EUR')).toBe(0);
    expect(parseMinor('1.234', 'BHD')).toBe(1_234);
    expect(parseMinor('300000', 'JPY')).toBe(300_000);
    expect(parseMinor('400000', 'HUF')).toBe(40_000_000);
    expect(parseMinor('400000', 'IQD')).toBe(400_000_000);
    expect(() => parseMinor('1.5', 'HRK', 'monthlyFee')).toThrow(expect.objectContaining({ field: 'currency' }));
    expect(() => parseMinor('1.5', 'JPY', 'monthlyFee')).toThrow(expect.objectContaining({ field: 'monthlyFee' }));
    expect(() => parseMinor('1,50', 'EUR')).toThrow(expect.objectContaining({ field: 'amount' }));
    expect(() => parseMinor('99999999999999999', 'EUR')).toThrow(expect.objectContaining({ message: 'amount is too large' }));
  });
});
