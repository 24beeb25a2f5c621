// The invoice as every rendering (PDF, UBL, CSV) sees it: parties, dates, lines and totals, with
// amounts in integer minor units exactly as stored. A credit note keeps the signs of the
// ledger (negative quantities and amounts); each renderer decides how its format shows them.
import { formatMinor, invoiceAmounts, type InvoiceAmounts, type InvoiceLineDraft, type IsoDate, type Month } from '@allot/domain';

export type InvoiceKindValue = 'INVOICE' | 'CREDIT_NOTE';
export type InvoiceStatusValue = 'DRAFT' | 'ISSUED' | 'PAID' | 'CREDITED';

export interface InvoiceParty {
  /** Registered name (EN 16931 BT-27 / BT-44). */
  legalName: string;
  /** Trading name (BT-28 / BT-45), when it differs from the legal name. */
  name: string | null;
  addressLine: string;
  city: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatId: string | null;
  /** Where invoices reach the party; the e-invoice endpoint when no VAT-based one is known. */
  email: string | null;
}

export interface InvoiceDocument {
  kind: InvoiceKindValue;
  status: InvoiceStatusValue;
  /** Null while DRAFT. */
  number: string | null;
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  periodMonth: Month;
  currency: string;
  reverseCharge: boolean;
  paymentTermsDays: number;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  amounts: InvoiceAmounts;
  paidOn: IsoDate | null;
  /** For a credit note: the invoice it reverses, and why. */
  creditedInvoice: { number: string; issueDate: IsoDate } | null;
  creditReason: string | null;
}

/** The VAT breakdown and totals of stored lines (VAT per rate over the summed nets). */
export function amountsOf(lines: readonly InvoiceLineDraft[]): InvoiceAmounts {
  return invoiceAmounts(lines);
}

/** 390000 EUR → "3,900.00": for people (PDF); machines get formatMinor's plain decimal. */
export function formatMoney(amountMinor: number, currency: string): string {
  const plain = formatMinor(amountMinor, currency);
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A VAT percentage as invoices print it: 21 → "21", 20.5 → "20.5". */
export function formatPercent(rate: number): string {
  return String(Number(rate.toFixed(4)));
}

/** The category code of EN 16931 (UNCL 5305) for a line or VAT group. */
export function vatCategory(group: { reverseCharge: boolean; vatRatePercent: number }): 'S' | 'Z' | 'AE' {
  if (group.reverseCharge) return 'AE';
  return group.vatRatePercent > 0 ? 'S' : 'Z';
}

export function documentTitle(kind: InvoiceKindValue): string {
  return kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice';
}

/** Everything an invoice needs before it may be issued as a valid EN 16931 e-invoice. */
export function issueProblems(doc: Pick<InvoiceDocument, 'seller' | 'buyer' | 'amounts'>): string[] {
  const problems: string[] = [];
  const { seller, buyer } = doc;
  if (!seller.legalName.trim()) problems.push("the workspace's legal name");
  if (!seller.addressLine.trim() || !seller.city.trim() || !seller.postalCode.trim()) problems.push("the workspace's address");
  if (!/^[A-Z]{2}$/.test(seller.country)) problems.push("the workspace's country");
  const categories = new Set(doc.amounts.lines.map(vatCategory));
  // BR-S-02, BR-Z-02, BR-AE-02: the seller's VAT identifier; BR-AE-02 also the buyer's.
  if (categories.size > 0 && !seller.vatId) problems.push("the workspace's VAT id");
  if (categories.has('AE') && !buyer.vatId) problems.push("the client's VAT id (reverse charge)");
  if (doc.amounts.lines.length === 0) problems.push('at least one line');
  return problems;
}
