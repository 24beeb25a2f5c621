// Choice lists for the ISO codes the API validates: countries (ISO 3166-1 alpha-2), currencies
// (ISO 4217) and IANA time zones. The codes are @allot/domain's, the very lists the API checks
// against, so a select offers nothing the API refuses; only the names come from the browser's Intl.
import { countryCodes, currencyCodes, isValidTimeZone, timeZones } from '@allot/domain';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { countryName, currencyName } from './format';

// Offered first, in this order; the rest follow A to Z.
const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'JPY',
  'NZD',
  'SGD',
];

export interface Option {
  value: string;
  label: string;
}

let countries: Option[] | null = null;
let currencies: Option[] | null = null;
let zoneOptions: string[] | null = null;

export function countryOptions(): Option[] {
  countries ??= countryCodes()
    .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return countries;
}

export function currencyOptions(): Option[] {
  if (!currencies) {
    const all = currencyCodes();
    const common = COMMON_CURRENCIES.filter((code) => all.includes(code));
    const ordered = [...common, ...all.filter((code) => !common.includes(code))];
    currencies = ordered.map((code) => ({ value: code, label: `${code} — ${currencyName(code)}` }));
  }
  return currencies;
}

/**
 * The zones to choose from (UTC, then A to Z), plus `current` when it is a valid zone the list
 * does not name (an alias such as Europe/Kiev saved earlier), so that the select still shows it.
 */
export function timeZoneOptions(current?: string): string[] {
  const zones = timeZones();
  if (current && !zones.includes(current) && isValidTimeZone(current)) return [current, ...zones];
  zoneOptions ??= [...zones];
  return zoneOptions;
}

/** The browser's zone when it is one of the choices, UTC otherwise. */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && timeZones().includes(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * Filter for the code selects: options whose name or code starts with what was typed come first
 * ("neth" → Netherlands before Caribbean Netherlands; "nl" → Netherlands), then any that contain it.
 */
export const rankedFilter: OptionsFilter = ({ options, search, limit }) => {
  const q = search.trim().toLowerCase();
  const flat = options.filter((o): o is ComboboxItem => 'value' in o);
  if (!q) return flat.slice(0, limit);
  const starts: ComboboxItem[] = [];
  const contains: ComboboxItem[] = [];
  for (const o of flat) {
    const label = o.label.toLowerCase();
    const value = o.value.toLowerCase();
    if (label.startsWith(q) || value.startsWith(q)) starts.push(o);
    else if (label.includes(q)) contains.push(o);
  }
  return [...starts, ...contains].slice(0, limit);
};
