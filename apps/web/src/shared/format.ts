// Display formatting: money from integer minor units, minutes as days or hours, calendar values.
// Formatting only — no arithmetic that the API owns.
import { minutesToDays } from '@allot/domain';
import { dateTimeFormat, displayNames, numberFormat } from './intl-cache';

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

const LOCALE = 'en-GB';

export function minorDigits(currency: string): number {
  try {
    return numberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(money: MoneyValue): string {
  const digits = minorDigits(money.currency);
  const major = money.amountMinor / 10 ** digits;
  try {
    return numberFormat(LOCALE, { style: 'currency', currency: money.currency }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${money.currency}`;
  }
}

/** `1234.5` EUR → 123450; null when the text is not an amount with at most the currency's decimals. */
export function toMinorUnits(amount: number | string, currency: string): number | null {
  const digits = minorDigits(currency);
  const text = typeof amount === 'number' ? String(amount) : amount.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

export function fromMinorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
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
