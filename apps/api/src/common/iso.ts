// Identifier formats. Currencies, countries and time zones are checked by @allot/domain, whose
// lists the web app offers too (an Intl-based check here accepted codes invoicing refused).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
