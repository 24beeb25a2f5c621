import { checkEn16931, checkNoUnusedParts, checkUblStructure, parseXml, all, text, one } from '../../../test/support/en16931.js';
import { aprilInvoice, creditNoteOf, mixedInvoice, reverseChargeInvoice } from './invoice-fixtures.test-helpers.js';
import { PEPPOL_CUSTOMIZATION_ID, PEPPOL_PROFILE_ID, renderUbl } from './ubl.renderer.js';

describe('UBL 2.1 renderer (EN 16931, Peppol BIS Billing 3.0)', () => {
  const cases = {
    'the worked example (S 21 %)': aprilInvoice(),
    'a reverse-charge invoice (AE)': reverseChargeInvoice(),
    'several retainers at 21 %, 19 % and 0 % with fractional days': mixedInvoice(),
    'a credit note': creditNoteOf(aprilInvoice()),
    'a reverse-charge credit note': creditNoteOf(reverseChargeInvoice()),
    'a seller and buyer addressed by e-mail': aprilInvoice({
      seller: { ...aprilInvoice().seller, vatId: 'XI123456789' },
      buyer: { ...aprilInvoice().buyer, vatId: 'US12-3456789' },
    }),
  };

  it.each(Object.entries(cases))('passes the EN 16931 and Peppol rules: %s', (_name, doc) => {
    const xml = renderUbl(doc);
    expect(checkEn16931(xml)).toEqual([]);
    expect(checkNoUnusedParts(xml)).toEqual([]);
  });

  it.each(Object.entries(cases))('emits elements in the UBL 2.1 schema order: %s', (_name, doc) => {
    expect(checkUblStructure(parseXml(renderUbl(doc)))).toEqual([]);
  });

  it("renders the worked example's April invoice exactly", () => {
    const doc = parseXml(renderUbl(aprilInvoice()));
    expect(doc.name).toBe('ubl:Invoice');
    expect(text(doc, 'cbc:CustomizationID')).toBe(PEPPOL_CUSTOMIZATION_ID);
    expect(text(doc, 'cbc:ProfileID')).toBe(PEPPOL_PROFILE_ID);
    expect(text(doc, 'cbc:ID')).toBe('INV-2026-0004');
    expect(text(doc, 'cbc:IssueDate')).toBe('2026-05-01');
    expect(text(doc, 'cbc:DueDate')).toBe('2026-05-15');
    expect(text(doc, 'cbc:InvoiceTypeCode')).toBe('380');
    expect(text(doc, 'cac:InvoicePeriod/cbc:StartDate')).toBe('2026-04-01');
    expect(text(doc, 'cac:InvoicePeriod/cbc:EndDate')).toBe('2026-04-30');
    expect(text(doc, 'cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID')).toBe('DE312345678');
    expect(text(doc, 'cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID')).toBe('DE287654321');
    expect(one(doc, 'cac:AccountingSupplierParty/cac:Party/cbc:EndpointID')?.attributes).toEqual({ schemeID: '9930' });
    const lines = all(doc, 'cac:InvoiceLine').map((line) => ({
      name: text(line, 'cac:Item/cbc:Name'),
      quantity: text(line, 'cbc:InvoicedQuantity'),
      unit: one(line, 'cbc:InvoicedQuantity')?.attributes.unitCode,
      price: text(line, 'cac:Price/cbc:PriceAmount'),
      net: text(line, 'cbc:LineExtensionAmount'),
      vat: text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID'),
    }));
    expect(lines).toEqual([
      { name: 'Fractional CTO — April 2026', quantity: '1.0000', unit: 'MON', price: '2400.00', net: '2400.00', vat: 'S' },
      { name: 'Additional time — April 2026', quantity: '1.0000', unit: 'DAY', price: '1500.00', net: '1500.00', vat: 'S' },
    ]);
    expect(text(doc, 'cac:TaxTotal/cbc:TaxAmount')).toBe('819.00');
    expect(text(doc, 'cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount')).toBe('3900.00');
    expect(text(doc, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent')).toBe('21');
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:LineExtensionAmount')).toBe('3900.00');
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount')).toBe('3900.00');
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount')).toBe('4719.00');
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('4719.00');
  });

  it('marks reverse charge as category AE at 0 % with VATEX-EU-AE and the note', () => {
    const doc = parseXml(renderUbl(reverseChargeInvoice()));
    const category = one(doc, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory')!;
    expect(text(category, 'cbc:ID')).toBe('AE');
    expect(text(category, 'cbc:Percent')).toBe('0');
    expect(text(category, 'cbc:TaxExemptionReasonCode')).toBe('VATEX-EU-AE');
    expect(text(category, 'cbc:TaxExemptionReason')).toBe('Reverse charge');
    expect(text(doc, 'cbc:Note')).toBe('Reverse charge');
    expect(text(doc, 'cac:TaxTotal/cbc:TaxAmount')).toBe('0.00');
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('3900.00');
  });

  it('renders a credit note as a CreditNote with positive amounts and a reference to the invoice', () => {
    const doc = parseXml(renderUbl(creditNoteOf(aprilInvoice())));
    expect(doc.name).toBe('cn:CreditNote');
    expect(text(doc, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(text(doc, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe('INV-2026-0004');
    expect(text(doc, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')).toBe('2026-05-01');
    expect(all(doc, 'cac:CreditNoteLine').map((line) => text(line, 'cbc:CreditedQuantity'))).toEqual(['1.0000', '1.0000']);
    expect(text(doc, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('4719.00');
    expect(text(doc, 'cbc:Note')).toBe('Credit note for invoice INV-2026-0004: Wrong overage');
  });

  it('keeps VAT per rate over the summed nets with fractional days', () => {
    const doc = parseXml(renderUbl(mixedInvoice()));
    const groups = all(doc, 'cac:TaxTotal/cac:TaxSubtotal').map((s) => [
      text(s, 'cac:TaxCategory/cbc:ID'),
      text(s, 'cac:TaxCategory/cbc:Percent'),
      text(s, 'cbc:TaxableAmount'),
      text(s, 'cbc:TaxAmount'),
    ]);
    // 0.1667 day × 1 500.00 = 250.05; 2.5708 days × 1 333.33 = 3 427.7248… → 3 427.72.
    expect(groups).toEqual([
      ['S', '21', '2650.05', '556.51'],
      ['S', '19', '5827.72', '1107.27'],
      ['Z', '0', '2400.00', '0.00'],
    ]);
  });

  it('refuses a draft, which has no number', () => {
    expect(() => renderUbl(aprilInvoice({ status: 'DRAFT', number: null, issueDate: null, dueDate: null }))).toThrow(/issued/);
  });

  it('escapes text that looks like markup', () => {
    const doc = aprilInvoice();
    const xml = renderUbl({ ...doc, buyer: { ...doc.buyer, legalName: 'Smith & <Sons>' } });
    expect(xml).toContain('Smith &amp; &lt;Sons&gt;');
    expect(text(parseXml(xml), 'cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName')).toBe('Smith & <Sons>');
  });

  describe('the rule checks themselves catch broken documents', () => {
    const xml = renderUbl(aprilInvoice());
    it.each([
      ['BR-CO-10', (s: string) => s.replace('<cbc:LineExtensionAmount currencyID="EUR">3900.00', '<cbc:LineExtensionAmount currencyID="EUR">3900.01')],
      ['BR-CO-15', (s: string) => s.replace('<cbc:TaxInclusiveAmount currencyID="EUR">4719.00', '<cbc:TaxInclusiveAmount currencyID="EUR">4718.00')],
      [
        'BR-CO-17',
        (s: string) =>
          s.replace(
            /(<cac:TaxSubtotal>\s*<cbc:TaxableAmount currencyID="EUR">3900.00<\/cbc:TaxableAmount>\s*<cbc:TaxAmount currencyID="EUR">)819.00/,
            '$1820.00',
          ),
      ],
      ['BR-S-05', (s: string) => s.replaceAll('<cbc:Percent>21</cbc:Percent>', '<cbc:Percent>0</cbc:Percent>')],
      ['BR-06', (s: string) => s.replace('<cbc:RegistrationName>Morgan Fractional Consulting GmbH</cbc:RegistrationName>', '')],
      ['BR-27', (s: string) => s.replace('<cbc:PriceAmount currencyID="EUR">2400.00', '<cbc:PriceAmount currencyID="EUR">-2400.00')],
      ['PEPPOL-EN16931-R051', (s: string) => s.replace('<cbc:PriceAmount currencyID="EUR">', '<cbc:PriceAmount currencyID="USD">')],
      ['PEPPOL-EN16931-R120', (s: string) => s.replace('<cbc:InvoicedQuantity unitCode="DAY">1.0000', '<cbc:InvoicedQuantity unitCode="DAY">2.0000')],
    ])('%s', (rule, breakIt) => {
      const broken = breakIt(xml);
      expect(broken).not.toBe(xml);
      expect(checkEn16931(broken).join('\n')).toContain(`[${rule}]`);
    });

    it('catches elements out of schema order', () => {
      const moved = xml
        .replace('<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>', '')
        .replace('</cbc:DocumentCurrencyCode>', '</cbc:DocumentCurrencyCode><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>');
      expect(checkUblStructure(parseXml(moved))).toEqual([expect.stringContaining('out of the schema')]);
    });
  });
});
