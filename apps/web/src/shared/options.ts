// Choice lists for ISO codes the API validates: countries (ISO 3166-1 alpha-2), currencies
// (ISO 4217) and IANA time zones, with names from the browser's Intl data.
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { countryName, currencyName } from './format';

const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
  'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
  'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
  'PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
  'TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'NZD', 'SGD'];

export interface Option {
  value: string;
  label: string;
}

let countries: Option[] | null = null;
let currencies: Option[] | null = null;
let zones: string[] | null = null;

export function countryOptions(): Option[] {
  countries ??= COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return countries;
}

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.includes(code);
}

function supported(key: 'currency' | 'timeZone'): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  try {
    return intl.supportedValuesOf?.(key) ?? [];
  } catch {
    return [];
  }
}

export function currencyOptions(): Option[] {
  if (!currencies) {
    const all = new Set([...COMMON_CURRENCIES, ...supported('currency')]);
    currencies = [...all].map((code) => ({ value: code, label: `${code} — ${currencyName(code)}` }));
  }
  return currencies;
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencyOptions().some((o) => o.value === code);
}

export function timeZoneOptions(): string[] {
  zones ??= (() => {
    const list = supported('timeZone');
    return list.length ? (list.includes('UTC') ? list : ['UTC', ...list]) : ['UTC', 'Europe/Amsterdam', 'Europe/London'];
  })();
  return zones;
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
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
