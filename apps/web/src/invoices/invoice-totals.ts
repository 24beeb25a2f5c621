// Totals of a list of invoices, one line per currency (amounts in different currencies never add).
import type { MoneyValue } from '@/shared/format';

export interface Totalled {
  currency: string;
  netTotal: MoneyValue;
  vatTotal: MoneyValue;
  grossTotal: MoneyValue;
}

export interface CurrencyTotal {
  currency: string;
  count: number;
  net: number;
  vat: number;
  gross: number;
}

export function totalsByCurrency(invoices: Totalled[]): CurrencyTotal[] {
  const byCurrency = new Map<string, CurrencyTotal>();
  for (const inv of invoices) {
    const t = byCurrency.get(inv.currency) ?? { currency: inv.currency, count: 0, net: 0, vat: 0, gross: 0 };
    t.count += 1;
    t.net += inv.netTotal.amountMinor;
    t.vat += inv.vatTotal.amountMinor;
    t.gross += inv.grossTotal.amountMinor;
    byCurrency.set(inv.currency, t);
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The CSV export of the filtered set (the API's /api/exports/invoices.csv). */
export function csvExportPath(filter: {
  fromMonth: string;
  toMonth: string;
  status: string[];
  clientId?: string | null;
}): string {
  const params = new URLSearchParams({ fromMonth: filter.fromMonth, toMonth: filter.toMonth });
  if (filter.status.length) params.set('status', filter.status.join(','));
  if (filter.clientId) params.set('clientId', filter.clientId);
  return `/api/exports/invoices.csv?${params.toString()}`;
}
