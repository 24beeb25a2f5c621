// An issued invoice as a UBL 2.1 Invoice, or a credit note as a UBL 2.1 CreditNote, in the
// Peppol BIS Billing 3.0 profile of EN 16931. Element order follows the UBL 2.1 schema sequences;
// amounts are plain decimals in the document currency. A credit note's stored amounts are
// negative (the ledger's view); UBL's CreditNote carries them positive, its type code (381) being
// what reverses them.
import { creditNoteFrom, firstDayOfMonth, formatMinor, formatQuantity, lastDayOfMonth, REVERSE_CHARGE_NOTE } from '@allot/domain';
import { create } from 'xmlbuilder2';
import { formatPercent, vatCategory, type InvoiceDocument, type InvoiceParty } from './invoice-document.js';

type XMLBuilder = ReturnType<typeof create>;

export const UBL_NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

export const PEPPOL_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** VATEX code for reverse charge (EN 16931 BT-121). */
export const VATEX_REVERSE_CHARGE = 'VATEX-EU-AE';

/**
 * Peppol electronic address schemes (EAS) of VAT numbers, by the VAT id's country prefix. A party
 * whose VAT id has none of these is addressed by e-mail (scheme EM).
 */
const VAT_EAS: Record<string, string> = {
  AD: '9922',
  AL: '9923',
  AT: '9914',
  BA: '9924',
  BE: '9925',
  BG: '9926',
  CH: '9927',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  ES: '9920',
  FR: '9957',
  GB: '9932',
  EL: '9933',
  GR: '9933',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  IT: '0211',
  LI: '9936',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MC: '9940',
  ME: '9941',
  MK: '9942',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  RS: '9948',
  SI: '9949',
  SK: '9950',
  SM: '9951',
  TR: '9952',
  VA: '9953',
};

export function endpointOf(party: InvoiceParty): { scheme: string; id: string } | null {
  const prefix = party.vatId?.slice(0, 2).toUpperCase();
  if (party.vatId && prefix && VAT_EAS[prefix]) return { scheme: VAT_EAS[prefix], id: party.vatId };
  if (party.email) return { scheme: 'EM', id: party.email };
  return null;
}

/** The UBL XML of an issued invoice or credit note; drafts have no number and are refused. */
export function renderUbl(doc: InvoiceDocument): string {
  if (!doc.number || !doc.issueDate) throw new Error('Only an issued invoice (with a number and an issue date) has a UBL e-invoice.');
  const credit = doc.kind === 'CREDIT_NOTE';
  // UBL's CreditNote states the reversed amounts as positive figures.
  const amounts = credit ? creditNoteFrom(doc.amounts) : doc.amounts;
  const currency = doc.currency;
  const money = (minor: number) => formatMinor(minor, currency);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(credit ? UBL_NS.creditNote : UBL_NS.invoice, credit ? 'CreditNote' : 'Invoice', {
    'xmlns:cac': UBL_NS.cac,
    'xmlns:cbc': UBL_NS.cbc,
  });
  const cbc = (parent: XMLBuilder, name: string, text: string, attributes: Record<string, string> = {}) =>
    parent.ele(UBL_NS.cbc, `cbc:${name}`, attributes).txt(text).up();
  const cac = (parent: XMLBuilder, name: string) => parent.ele(UBL_NS.cac, `cac:${name}`);
  const amount = (parent: XMLBuilder, name: string, minor: number) => cbc(parent, name, money(minor), { currencyID: currency });

  cbc(root, 'CustomizationID', PEPPOL_CUSTOMIZATION_ID);
  cbc(root, 'ProfileID', PEPPOL_PROFILE_ID);
  cbc(root, 'ID', doc.number);
  cbc(root, 'IssueDate', doc.issueDate);
  // UBL 2.1 has no DueDate on a CreditNote; a credit note is settled against the invoice.
  if (!credit && doc.dueDate) cbc(root, 'DueDate', doc.dueDate);
  cbc(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode', credit ? '381' : '380');
  const notes = documentNotes(doc);
  // Peppol allows one document-level note (PEPPOL-EN16931-R002).
  if (notes.length > 0) cbc(root, 'Note', notes.join(' — '));
  cbc(root, 'DocumentCurrencyCode', currency);
  // BT-10: Peppol wants a buyer reference or an order reference (PEPPOL-EN16931-R003).
  cbc(root, 'BuyerReference', doc.buyer.name || doc.buyer.legalName);
  const period = cac(root, 'InvoicePeriod');
  cbc(period, 'StartDate', firstDayOfMonth(doc.periodMonth));
  cbc(period, 'EndDate', lastDayOfMonth(doc.periodMonth));
  if (doc.creditedInvoice) {
    const reference = cac(cac(root, 'BillingReference'), 'InvoiceDocumentReference');
    cbc(reference, 'ID', doc.creditedInvoice.number);
    cbc(reference, 'IssueDate', doc.creditedInvoice.issueDate);
  }
  party(cac(root, 'AccountingSupplierParty'), doc.seller, false);
  party(cac(root, 'AccountingCustomerParty'), doc.buyer, true);
  cbc(cac(root, 'PaymentTerms'), 'Note', paymentTermsNote(doc));

  const taxTotal = cac(root, 'TaxTotal');
  amount(taxTotal, 'TaxAmount', amounts.vatTotalMinor);
  for (const group of amounts.vatBreakdown) {
    const subtotal = cac(taxTotal, 'TaxSubtotal');
    amount(subtotal, 'TaxableAmount', group.taxableMinor);
    amount(subtotal, 'TaxAmount', group.vatMinor);
    const category = cac(subtotal, 'TaxCategory');
    const code = vatCategory(group);
    cbc(category, 'ID', code);
    cbc(category, 'Percent', formatPercent(group.vatRatePercent));
    if (code === 'AE') {
      cbc(category, 'TaxExemptionReasonCode', VATEX_REVERSE_CHARGE);
      cbc(category, 'TaxExemptionReason', REVERSE_CHARGE_NOTE);
    }
    cbc(cac(category, 'TaxScheme'), 'ID', 'VAT');
  }

  const totals = cac(root, 'LegalMonetaryTotal');
  amount(totals, 'LineExtensionAmount', amounts.netTotalMinor);
  amount(totals, 'TaxExclusiveAmount', amounts.netTotalMinor);
  amount(totals, 'TaxInclusiveAmount', amounts.grossTotalMinor);
  amount(totals, 'PayableAmount', amounts.grossTotalMinor);

  amounts.lines.forEach((line, index) => {
    const element = cac(root, credit ? 'CreditNoteLine' : 'InvoiceLine');
    cbc(element, 'ID', String(index + 1));
    cbc(element, credit ? 'CreditedQuantity' : 'InvoicedQuantity', formatQuantity(line.quantity), { unitCode: line.unitCode });
    amount(element, 'LineExtensionAmount', line.netMinor);
    const item = cac(element, 'Item');
    cbc(item, 'Name', line.description);
    const category = cac(item, 'ClassifiedTaxCategory');
    cbc(category, 'ID', vatCategory(line));
    cbc(category, 'Percent', formatPercent(line.vatRatePercent));
    cbc(cac(category, 'TaxScheme'), 'ID', 'VAT');
    amount(cac(element, 'Price'), 'PriceAmount', line.unitPriceMinor);
  });

  return root.end({ prettyPrint: true });

  function party(parent: XMLBuilder, details: InvoiceParty, buyer: boolean): void {
    const element = cac(parent, 'Party');
    const endpoint = endpointOf(details);
    if (endpoint) cbc(element, 'EndpointID', endpoint.id, { schemeID: endpoint.scheme });
    if (details.name && details.name !== details.legalName) cbc(cac(element, 'PartyName'), 'Name', details.name);
    const address = cac(element, 'PostalAddress');
    if (details.addressLine) cbc(address, 'StreetName', details.addressLine);
    if (details.city) cbc(address, 'CityName', details.city);
    if (details.postalCode) cbc(address, 'PostalZone', details.postalCode);
    cbc(cac(address, 'Country'), 'IdentificationCode', details.country);
    if (details.vatId) {
      const taxScheme = cac(element, 'PartyTaxScheme');
      cbc(taxScheme, 'CompanyID', details.vatId);
      cbc(cac(taxScheme, 'TaxScheme'), 'ID', 'VAT');
    }
    cbc(cac(element, 'PartyLegalEntity'), 'RegistrationName', details.legalName);
    if (buyer && details.email) cbc(cac(element, 'Contact'), 'ElectronicMail', details.email);
  }
}

/** BT-22: reverse charge, and for a credit note what it corrects. */
export function documentNotes(doc: InvoiceDocument): string[] {
  const notes: string[] = [];
  if (doc.creditedInvoice) {
    notes.push(`Credit note for invoice ${doc.creditedInvoice.number}${doc.creditReason ? `: ${doc.creditReason}` : ''}`);
  }
  if (doc.reverseCharge) notes.push(REVERSE_CHARGE_NOTE);
  return notes;
}

/** BT-20, which also satisfies BR-CO-25 (a payable amount needs a due date or payment terms). */
export function paymentTermsNote(doc: InvoiceDocument): string {
  if (doc.kind === 'CREDIT_NOTE') {
    return doc.creditedInvoice ? `Settled against invoice ${doc.creditedInvoice.number}.` : 'Credit note: nothing to pay.';
  }
  const days = doc.paymentTermsDays;
  const within = days === 0 ? 'Payable on receipt' : `Payable within ${days} day${days === 1 ? '' : 's'}`;
  return doc.dueDate ? `${within}, by ${doc.dueDate}.` : `${within}.`;
}
