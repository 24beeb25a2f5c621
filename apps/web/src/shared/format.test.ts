// Money in the web app has ISO 4217's digits (libs/domain's), not Intl's: Intl formats HUF, IDR,
// COP, PKR and IQD with no decimals, so a HUF fee typed as 400000 used to go out as 400000 minor
// units (4 000.00 HUF on the invoice), and stored HUF amounts showed 100 times too large.
import { currencyCodes, formatMinor } from '@allot/domain';
import { describe, expect, it } from 'vitest';
import { exampleAmount, formatMoney, minorDigits, toMinorUnits } from './format';

const NBSP = /\u00a0/g;
const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }).replace(NBSP, ' ');

describe('money with ISO 4217 digits', () => {
  it.each([
    // currency, digits, typed, minor units, shown
    ['HUF', 2, '400000', 40_000_000, 'HUF 400,000.00'],
    ['IDR', 2, '1500000', 150_000_000, 'IDR 1,500,000.00'],
    ['COP', 2, '250000', 25_000_000, 'COP 250,000.00'],
    ['PKR', 2, '90000', 9_000_000, 'PKR 90,000.00'],
    ['JPY', 0, '400000', 400_000, 'JP¥400,000'],
    ['KWD', 3, '400', 400_000, 'KWD 400.000'],
    ['IQD', 3, '400000', 400_000_000, 'IQD 400,000.000'],
    ['BHD', 3, '1.234', 1_234, 'BHD 1.234'],
    ['EUR', 2, '4719', 471_900, '€4,719.00'],
    ['CLF', 4, '1.5', 15_000, 'CLF 1.5000'],
  ])('%s: %i digits; "%s" is %i minor units, shown as %s', (currency, digits, typed, minor, shown) => {
    expect(minorDigits(currency)).toBe(digits);
    expect(toMinorUnits(typed, currency)).toBe(minor);
    expect(money(minor, currency)).toBe(shown);
  });

  it('shows what it reads: every ISO currency round-trips through the text the API writes', () => {
    for (const currency of currencyCodes()) {
      const minor = 123_456_789;
      expect(toMinorUnits(formatMinor(minor, currency), currency)).toBe(minor);
      const shown = money(minor, currency);
      const digits = minorDigits(currency)!;
      // As many decimals as ISO gives the currency, whatever Intl's own default for it is.
      expect(/\.(\d+)\D*$/.exec(shown)?.[1]?.length ?? 0).toBe(digits);
    }
  });

  it('formats large and negative amounts exactly', () => {
    expect(money(Number.MAX_SAFE_INTEGER, 'EUR')).toBe('€90,071,992,547,409.91');
    expect(money(Number.MAX_SAFE_INTEGER, 'KWD')).toBe('KWD 9,007,199,254,740.991');
    expect(money(-5, 'EUR')).toBe('-€0.05');
    expect(money(-1, 'KWD')).toBe('-KWD 0.001');
    expect(money(0, 'HUF')).toBe('HUF 0.00');
  });

  it.each([
    ['400000.001', 'HUF'],
    ['1.5', 'JPY'],
    ['1.2345', 'KWD'],
    ['-5', 'EUR'],
    ['', 'EUR'],
    ['12 000', 'HUF'],
    ['1e5', 'EUR'],
    ['99999999999999999', 'EUR'],
    // A comma before three digits: a thousands separator, or a decimal one in KWD? Not guessed.
    ['400,000', 'KWD'],
    ['400,000', 'IQD'],
    ['400,000', 'HUF'],
    // Not ISO 4217 currencies: their minor units are unknown.
    ['100', 'HRK'],
    ['100', 'XDR'],
    ['100', 'eur'],
  ])('refuses "%s" %s', (typed, currency) => {
    expect(toMinorUnits(typed, currency)).toBeNull();
  });

  it('reads a decimal comma when it cannot be a thousands separator', () => {
    expect(toMinorUnits('0,1', 'EUR')).toBe(10);
    expect(toMinorUnits('1,5', 'KWD')).toBe(1_500);
    expect(toMinorUnits(' 12.5 ', 'HUF')).toBe(1_250);
    expect(toMinorUnits(1500.5, 'EUR')).toBe(150_050);
  });

  it('shows a non-ISO code as stored, without guessing its decimals', () => {
    expect(minorDigits('HRK')).toBeNull();
    expect(money(123_400, 'HRK')).toBe('123400 HRK (minor units)');
  });

  it('gives an example amount with the currency’s decimals', () => {
    expect(exampleAmount('EUR')).toBe('4000.00');
    expect(exampleAmount('HUF')).toBe('4000.00');
    expect(exampleAmount('JPY')).toBe('4000');
    expect(exampleAmount('KWD')).toBe('4000.000');
    expect(exampleAmount('XDR')).toBe('4000');
  });
});
