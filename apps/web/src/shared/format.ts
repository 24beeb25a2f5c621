// Display formatting: money from integer minor units, minutes as days or hours, calendar values.
// Formatting only — no arithmetic that the API owns.
import { currencyMinorUnits, formatMinor, isCurrencyCode, minutesToDays, parseMinor } from '@allot/domain';
import { dateTimeFormat, displayNames, numberFormat } from './intl-cache';

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

const LOCALE = 'en-GB';

/**
 * Digits after the decimal point as ISO 4217 (and so the API, invoices, PDF and UBL) count them:
 * HUF 2, JPY 0, KWD 3. Not Intl's: it formats HUF, IDR, COP, PKR and IQD with none, and an
 * amount read with those digits was 100 (IQD: 1000) times too small. Null for a code ISO 4217
 * does not list (HRK, XDR): its minor units are unknown.
 */
export function minorDigits(currency: string): number | null {
  return isCurrencyCode(currency) ? currencyMinorUnits(currency) : null;
}

export function formatMoney(money: MoneyValue): string {
  const digits = minorDigits(money.currency);
  // Not a guess at where the decimal point goes: only a client saved before the API checked ISO
  // 4217 can have such a code, and its amounts are shown as stored.
  if (digits === null) return `${money.amountMinor} ${money.currency} (minor units)`;
  // The exact decimal as a string (formatMinor), not amountMinor / 10 ** digits, which a double
  // rounds once amounts are large; Intl formats a decimal string without going through a double.
  const decimal = formatMinor(money.amountMinor, money.currency) as Intl.StringNumericLiteral;
  return numberFormat(LOCALE, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal);
}

/**
 * What a person typed (`1234.5`, `1234,5`) as minor units of `currency`: EUR → 123450, HUF
 * `400000` → 40000000. Null when it is not an amount with at most the currency's ISO digits, is
 * negative, or is `1,234`: with a comma before exactly three digits it could be a thousands
 * separator or, in KWD or IQD, a decimal one, and money is not guessed.
 */
export function toMinorUnits(amount: number | string, currency: string): number | null {
  if (!isCurrencyCode(currency)) return null;
  const text = typeof amount === 'number' ? String(amount) : amount.trim();
  if (/,\d{3}$/.test(text)) return null;
  const decimal = text.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(decimal)) return null;
  try {
    return parseMinor(decimal, currency);
  } catch {
    return null;
  }
}

/** An amount of 4000 as it is typed in `currency`: `4000.00`, JPY `4000`, KWD `4000.000`. */
export function exampleAmount(currency: string): string {
  const digits = minorDigits(currency);
  return digits === null ? '4000' : formatMinor(4000 * 10 ** digits, currency);
}

function trimNumber(n: number, maxFraction = 2): string {
  return numberFormat(LOCALE, { maximumFractionDigits: maxFraction }).format(n);
}

/** Minutes as days of `minutesPerDay`, converted by the domain (half up to hundredths): `2.5 d`. */
export function formatDays(minutes: number, minutesPerDay: number): string {
  if (minutesPerDay <= 0) return `${formatMinutes(minutes)}`;
  return `${trimNumber(minutesToDays(minutes, minutesPerDay))} d`;
}

/** Minutes as hours and minutes: `1 h 30 min`, `45 min`, `2 h`. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} min`;
  if (m === 0) return `${sign}${h} h`;
  return `${sign}${h} h ${m} min`;
}

export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return dateTimeFormat(LOCALE, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return dateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return dateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    return dateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

export function formatPercent(value: number): string {
  return `${trimNumber(value, 2)} %`;
}

/** Turns an enum value into words: `ONE_ON_ONE` → `One on one`. */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countryName(code: string): string {
  try {
    return displayNames(LOCALE, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyName(code: string): string {
  try {
    return displayNames(LOCALE, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
