// Invoice arithmetic: the lines of a client's monthly invoice, VAT per rate, totals, credit
// notes, numbers and due dates. Amounts are integer minor units of the invoice currency; a
// quantity is exact to 4 decimals (it is handled as quantity × 10 000), and every rounding is
// half up on the exact remainder, as docs/rules.md, rule 12, asks.

import { check, describeValue } from './errors.js';
import { addDays, parseIsoDate, type IsoDate } from './dates.js';
import { parseCurrencyCode } from './currency.js';
import { divRoundHalfUp, mulDivRoundHalfUp, SCALE, toScaled } from './integer-math.js';
import { formatMonthLong, parseMonth, type Month } from './months.js';
import { checkMinorAmount, isActiveMonth, monthlyFeeInForce, type OveragePolicy, type RetainerTerms } from './terms.js';

/** UN/ECE Recommendation 20: a month's fee, or days of extra time. */
export type UnitCode = 'MON' | 'DAY';

export const REVERSE_CHARGE_NOTE = 'Reverse charge';

export interface InvoiceLineDraft {
  readonly description: string;
  /** Exact to 4 decimals; negative on a credit note. */
  readonly quantity: number;
  readonly unitCode: UnitCode;
  readonly unitPriceMinor: number;
  readonly netMinor: number;
  readonly vatRatePercent: number;
  /** VAT is due from the buyer (0 % here): EN 16931 category AE rather than S. */
  readonly reverseCharge: boolean;
}

/** VAT over the summed nets of one rate (and one reverse-charge treatment). */
export interface VatBreakdown {
  readonly vatRatePercent: number;
  readonly reverseCharge: boolean;
  readonly taxableMinor: number;
  readonly vatMinor: number;
}

export interface InvoiceAmounts {
  readonly lines: readonly InvoiceLineDraft[];
  readonly vatBreakdown: readonly VatBreakdown[];
  readonly netTotalMinor: number;
  readonly vatTotalMinor: number;
  readonly grossTotalMinor: number;
}

export interface InvoiceDraft extends InvoiceAmounts {
  readonly month: Month;
  readonly currency: string;
  readonly reverseCharge: boolean;
  readonly notes: readonly string[];
}

export interface InvoiceRetainer {
  /** "Fractional CTO": the fee line reads "Fractional CTO — April 2026". */
  readonly title: string;
  readonly terms: Pick<RetainerTerms, 'startMonth' | 'endMonth' | 'amendments'> & { readonly overage: OveragePolicy };
  readonly overageDayRateMinor: number;
  readonly vatRatePercent: number;
  readonly reverseCharge: boolean;
  /** The month's overageMinutes from computeBalances. */
  readonly overageMinutes: number;
}

export interface InvoiceDraftInput {
  readonly month: Month;
  readonly currency: string;
  readonly minutesPerDay: number;
  /** The client's retainers; those not active in the month are left out. */
  readonly retainers: readonly InvoiceRetainer[];
}

/** The client's invoice for `month`: a fee line per active retainer, an overage line per BILL overage. */
export function buildInvoiceDraft(input: InvoiceDraftInput): InvoiceDraft {
  const month = parseMonth(input.month, 'month');
  const currency = parseCurrencyCode(input.currency);
  check(
    Number.isSafeInteger(input.minutesPerDay) && input.minutesPerDay > 0,
    'minutesPerDay',
    `minutesPerDay must be a whole number of minutes above 0 (got ${describeValue(input.minutesPerDay)})`,
  );
  const active = input.retainers.filter((retainer) => isActiveMonth(retainer.terms, month));
  const lines = active.flatMap((retainer) => retainerLines(retainer, month, input.minutesPerDay, active.length > 1));
  const reverseCharge = lines.some((line) => line.reverseCharge);
  const notes = reverseCharge ? [REVERSE_CHARGE_NOTE] : [];
  return { month, currency, reverseCharge, notes, ...invoiceAmounts(lines) };
}

function retainerLines(retainer: InvoiceRetainer, month: Month, minutesPerDay: number, several: boolean): InvoiceLineDraft[] {
  checkRetainer(retainer);
  const vat = { vatRatePercent: retainer.reverseCharge ? 0 : retainer.vatRatePercent, reverseCharge: retainer.reverseCharge };
  const period = formatMonthLong(month);
  const fee = monthlyFeeInForce(retainer.terms, month);
  const lines = [{ ...invoiceLine(`${retainer.title} — ${period}`, 1, 'MON', fee), ...vat }];
  const days = overageDaysScaled(retainer, minutesPerDay);
  if (days > 0) {
    const what = several ? `Additional time, ${retainer.title}` : 'Additional time';
    lines.push({ ...invoiceLine(`${what} — ${period}`, days / SCALE, 'DAY', retainer.overageDayRateMinor), ...vat });
  }
  return lines;
}

/** Billable overage in days × 10 000, rounded half up to 4 decimals; 0 when the policy is ABSORB. */
function overageDaysScaled(retainer: InvoiceRetainer, minutesPerDay: number): number {
  if (retainer.terms.overage !== 'BILL') return 0;
  return divRoundHalfUp(retainer.overageMinutes * SCALE, minutesPerDay);
}

function checkRetainer(retainer: InvoiceRetainer): void {
  checkMinorAmount(retainer.overageDayRateMinor, 'overageDayRateMinor');
  checkVatRate(retainer.vatRatePercent);
  check(
    Number.isSafeInteger(retainer.overageMinutes) && retainer.overageMinutes >= 0,
    'overageMinutes',
    `overageMinutes must be a whole number of minutes, 0 or more (got ${describeValue(retainer.overageMinutes)})`,
  );
}

function checkVatRate(rate: number): void {
  check(Number.isFinite(rate) && rate >= 0 && rate <= 100, 'vatRatePercent', `vatRatePercent must be a percentage from 0 to 100 (got ${describeValue(rate)})`);
}

/** One line, net = round_half_up(quantity × unit price); the VAT fields are added by the caller. */
export function invoiceLine(
  description: string,
  quantity: number,
  unitCode: UnitCode,
  unitPriceMinor: number,
): Omit<InvoiceLineDraft, 'vatRatePercent' | 'reverseCharge'> {
  checkMinorAmount(unitPriceMinor, 'unitPriceMinor');
  check(Number.isFinite(quantity), 'quantity', `quantity must be a number (got ${describeValue(quantity)})`);
  const netMinor = mulDivRoundHalfUp(toScaled(quantity), unitPriceMinor, SCALE);
  return { description, quantity, unitCode, unitPriceMinor, netMinor };
}

/** VAT per rate over the summed nets (rounded once per rate, not per line), and the totals. */
export function invoiceAmounts(lines: readonly InvoiceLineDraft[]): InvoiceAmounts {
  const groups = new Map<string, { vatRatePercent: number; reverseCharge: boolean; taxableMinor: number }>();
  for (const line of lines) {
    const key = `${line.reverseCharge}:${toScaled(line.vatRatePercent)}`;
    const group = groups.get(key) ?? { vatRatePercent: line.vatRatePercent, reverseCharge: line.reverseCharge, taxableMinor: 0 };
    group.taxableMinor += line.netMinor;
    groups.set(key, group);
  }
  const vatBreakdown = [...groups.values()].map((group) => ({
    ...group,
    vatMinor: mulDivRoundHalfUp(group.taxableMinor, toScaled(group.vatRatePercent), 100 * SCALE),
  }));
  const netTotalMinor = vatBreakdown.reduce((total, group) => total + group.taxableMinor, 0);
  const vatTotalMinor = vatBreakdown.reduce((total, group) => total + group.vatMinor, 0);
  return { lines, vatBreakdown, netTotalMinor, vatTotalMinor, grossTotalMinor: netTotalMinor + vatTotalMinor };
}

/**
 * The credit note that reverses `invoice`: every amount and quantity negated, unit prices kept
 * (EN 16931 wants them non-negative), so that invoice + credit note is exactly zero.
 */
export function creditNoteFrom<T extends InvoiceAmounts>(invoice: T): T {
  return {
    ...invoice,
    lines: invoice.lines.map((line) => ({ ...line, quantity: negate(line.quantity), netMinor: negate(line.netMinor) })),
    vatBreakdown: invoice.vatBreakdown.map((group) => ({
      ...group,
      taxableMinor: negate(group.taxableMinor),
      vatMinor: negate(group.vatMinor),
    })),
    netTotalMinor: negate(invoice.netTotalMinor),
    vatTotalMinor: negate(invoice.vatTotalMinor),
    grossTotalMinor: negate(invoice.grossTotalMinor),
  };
}

/** `0 - x` keeps a zero a plain 0 rather than -0. */
function negate(value: number): number {
  return 0 - value;
}

/** '{prefix}{YYYY}-{NNNN}': formatInvoiceNumber('INV-', 2026, 7) → 'INV-2026-0007'. */
export function formatInvoiceNumber(prefix: string, year: number, sequence: number): string {
  check(Number.isInteger(year) && year >= 1000 && year <= 9999, 'year', `year must have 4 digits (got ${describeValue(year)})`);
  check(Number.isSafeInteger(sequence) && sequence >= 1, 'sequence', `sequence must be a whole number from 1 (got ${describeValue(sequence)})`);
  return `${prefix}${year}-${String(sequence).padStart(4, '0')}`;
}

/** Issue date + payment terms, in calendar days. */
export function invoiceDueDate(issueDate: IsoDate, paymentTermsDays: number): IsoDate {
  check(
    Number.isInteger(paymentTermsDays) && paymentTermsDays >= 0 && paymentTermsDays <= 365,
    'paymentTermsDays',
    `paymentTermsDays must be a whole number of days from 0 to 365 (got ${describeValue(paymentTermsDays)})`,
  );
  return addDays(parseIsoDate(issueDate, 'issueDate'), paymentTermsDays);
}

/** DRAFT → ISSUED → PAID; an issued invoice that a credit note reverses is CREDITED. */
export type InvoiceStatus = 'DRAFT' | 'ISSUED' | 'PAID' | 'CREDITED';

/**
 * The money is late: issued (so neither a draft nor paid nor credited) and its due date is
 * before `today`, the workspace's date (dateInTimeZone). A credit note has no due date.
 */
export function isInvoiceOverdue(invoice: { readonly status: InvoiceStatus; readonly dueDate?: IsoDate | null }, today: IsoDate): boolean {
  return invoice.status === 'ISSUED' && invoice.dueDate != null && invoice.dueDate < today;
}

/** A quantity as invoices print it, always with 4 decimals: 1 → "1.0000". */
export function formatQuantity(quantity: number): string {
  const scaled = toScaled(quantity);
  const magnitude = String(Math.abs(scaled)).padStart(5, '0');
  return `${scaled < 0 ? '-' : ''}${magnitude.slice(0, -4)}.${magnitude.slice(-4)}`;
}
