import { currencyMinorUnits, formatMinor, isCurrencyCode, parseCurrencyCode, parseMinor } from './currency.js';

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
  ])('%s has %i minor units', (code, units) => {
    expect(currencyMinorUnits(code)).toBe(units);
  });

  it.each(['eur', 'EURO', 'XXX', 'XAU', '', 42, null])('%p is not a currency code', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
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
  });

  it('reads a decimal into minor units, refusing more decimals than the currency has', () => {
    expect(parseMinor('2400.00', 'EUR')).toBe(240_000);
    expect(parseMinor('2400.5', 'EUR')).toBe(240_050);
    expect(parseMinor('12', 'EUR')).toBe(1_200);
    expect(parseMinor('-0.05', 'EUR')).toBe(-5);
    expect(parseMinor('0', 'EUR')).toBe(0);
    expect(parseMinor('1.234', 'BHD')).toBe(1_234);
    expect(parseMinor('300000', 'JPY')).toBe(300_000);
    expect(() => parseMinor('1.5', 'JPY', 'monthlyFee')).toThrow(expect.objectContaining({ field: 'monthlyFee' }));
    expect(() => parseMinor('1,50', 'EUR')).toThrow(expect.objectContaining({ field: 'amount' }));
    expect(() => parseMinor('99999999999999999', 'EUR')).toThrow(expect.objectContaining({ message: 'amount is too large' }));
  });
});
