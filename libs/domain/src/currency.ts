// ISO 4217 currencies and their minor units, so that an amount in minor units (the only way
// money is stored) can be read and written as a decimal: 1 EUR = 100 minor units, 1 JPY = 1,
// 1 BHD = 1 000. The list is the current ISO 4217 list without funds, metals and test codes,
// written out here rather than asked of Intl, whose answer depends on the browser.

import { check, describeValue } from './errors.js';

const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
  'BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
  'GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP ' +
  'LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR ' +
  'NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN ' +
  'SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ' +
  'ZMW ZWG';

const BY_MINOR_UNITS = [
  [0, ZERO_DECIMALS],
  [2, TWO_DECIMALS],
  [3, THREE_DECIMALS],
  [4, FOUR_DECIMALS],
] as const;

const MINOR_UNITS: ReadonlyMap<string, number> = new Map(BY_MINOR_UNITS.flatMap(([units, codes]) => codes.split(' ').map((code) => [code, units] as const)));

// Sorted once: the web offers this list in its currency selects, so what it offers is exactly
// what the API accepts and what invoices can be written in.
const CODES: readonly string[] = Object.freeze([...MINOR_UNITS.keys()].sort());

/** Every ISO 4217 code this module knows, A to Z. */
export function currencyCodes(): readonly string[] {
  return CODES;
}

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && MINOR_UNITS.has(value);
}

/** Returns `value` as a currency code or throws a DomainError naming `field`. */
export function parseCurrencyCode(value: unknown, field = 'currency'): string {
  check(isCurrencyCode(value), field, `${field} must be an ISO 4217 currency code in capitals, like EUR (got ${describeValue(value)})`);
  return value;
}

/** Digits after the decimal point: JPY 0, EUR 2, BHD 3. */
export function currencyMinorUnits(code: string): number {
  return MINOR_UNITS.get(parseCurrencyCode(code))!;
}

/** 240000 EUR → "2400.00", -5 JPY → "-5": the plain decimal that CSV and UBL want. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = currencyMinorUnits(currency);
  const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (digits === 0) return sign + magnitude;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}

/** A decimal amount such as "2400.00" in minor units; refuses more decimals than the currency has. */
export function parseMinor(decimal: string, currency: string, field = 'amount'): number {
  const digits = currencyMinorUnits(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  const fraction = match?.[3] ?? '';
  check(
    match !== null && fraction.length <= digits,
    field,
    `${field} must be an amount in ${currency} with at most ${digits} decimals (got ${describeValue(decimal)})`,
  );
  const minor = Number(match[2] + fraction.padEnd(digits, '0'));
  check(Number.isSafeInteger(minor), field, `${field} is too large`);
  return match[1] === '-' ? 0 - minor : minor;
}
