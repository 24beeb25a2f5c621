// The accountant's CSV: one row per invoice line, with the columns docs/rules.md lists (rule 18),
// RFC 4180 quoting (csv-stringify), plain decimals. VAT is computed per rate over an invoice's
// summed nets, so the invoice's VAT is spread over its lines by largest remainder: the VAT and
// gross columns of an invoice's rows add up exactly to the invoice's VAT and gross totals.
import { formatMinor, formatQuantity, type InvoiceLineDraft, type VatBreakdown } from '@allot/domain';
import { stringify, type Stringifier } from 'csv-stringify';
import { formatPercent } from './invoice-document.js';

export const CSV_COLUMNS = [
  'Number',
  'Kind',
  'Status',
  'Issue date',
  'Due date',
  'Client legal name',
  'Client VAT ID',
  'Currency',
  'Description',
  'Quantity',
  'Unit price',
  'Net',
  'VAT rate',
  'VAT',
  'Gross',
] as const;

export interface CsvInvoice {
  number: string | null;
  kind: string;
  status: string;
  issueDate: string | null;
  dueDate: string | null;
  clientLegalName: string;
  clientVatId: string | null;
  currency: string;
  lines: readonly InvoiceLineDraft[];
  vatBreakdown: readonly VatBreakdown[];
}

const groupKey = (line: { reverseCharge: boolean; vatRatePercent: number }) => `${line.reverseCharge}:${line.vatRatePercent}`;

/** Each line's share of its VAT group's amount, by largest remainder; shares sum to the group's VAT. */
export function allocateLineVat(lines: readonly InvoiceLineDraft[], breakdown: readonly VatBreakdown[]): number[] {
  const shares = new Array<number>(lines.length).fill(0);
  for (const group of breakdown) {
    const members = lines.map((line, index) => ({ line, index })).filter(({ line }) => groupKey(line) === groupKey(group));
    const taxable = BigInt(group.taxableMinor);
    const vat = BigInt(group.vatMinor);
    if (members.length === 0) continue;
    if (taxable === 0n) {
      shares[members[0]!.index] = group.vatMinor;
      continue;
    }
    // Work on magnitudes: a credit note's amounts are all negative, an invoice's all positive.
    const sign = vat < 0n || (vat === 0n && taxable < 0n) ? -1n : 1n;
    const total = vat * sign;
    const exact = members.map(({ line, index }) => {
      const numerator = BigInt(line.netMinor) * total;
      const whole = numerator / taxable;
      return { index, whole, remainder: numerator - whole * taxable };
    });
    let left = total - exact.reduce((sum, share) => sum + share.whole, 0n);
    const order = [...exact].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
    for (const share of order) {
      if (left <= 0n) break;
      share.whole += 1n;
      left -= 1n;
    }
    for (const share of exact) shares[share.index] = Number(share.whole * sign);
  }
  return shares;
}

type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The columns we format as numbers ourselves; they must stay numbers for the spreadsheet, and a
 * credit note's start with "-". Every other column is text and is neutralised, so a column added
 * later is safe unless it is listed here.
 */
const NUMBER_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['Quantity', 'Unit price', 'Net', 'VAT rate', 'VAT', 'Gross']);
const TEXT_CELL = CSV_COLUMNS.map((column) => !NUMBER_COLUMNS.has(column));

/** The CSV rows (without header) of one invoice. */
export function csvRows(invoice: CsvInvoice): string[][] {
  const vat = allocateLineVat(invoice.lines, invoice.vatBreakdown);
  const money = (minor: number) => formatMinor(minor, invoice.currency);
  return invoice.lines.map((line, index) =>
    [
      invoice.number ?? '',
      invoice.kind,
      invoice.status,
      invoice.issueDate ?? '',
      invoice.dueDate ?? '',
      invoice.clientLegalName,
      invoice.clientVatId ?? '',
      invoice.currency,
      line.description,
      formatQuantity(line.quantity),
      money(line.unitPriceMinor),
      money(line.netMinor),
      formatPercent(line.vatRatePercent),
      money(vat[index]!),
      money(line.netMinor + vat[index]!),
    ].map((cell, column) => (TEXT_CELL[column] ? spreadsheetSafe(cell) : cell)),
  );
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP's CSV-injection advice). Every text column, including those we think we
 * control: an invoice number carries the workspace's own prefix, a VAT id is whatever was typed.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV stream with the header row written first; write csvRows(...) arrays to it. */
export function invoiceCsvStream(): Stringifier {
  // csv-stringify quotes a cell holding the whole record delimiter (CRLF) but not a lone CR or
  // LF, which spreadsheets take for a row end: the rest of the cell would start a row of its own.
  return stringify({ header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
