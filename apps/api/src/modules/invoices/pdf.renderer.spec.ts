import { pdfText } from '../../../test/support/pdf-text.js';
import { aprilInvoice, creditNoteOf, reverseChargeInvoice } from './invoice-fixtures.test-helpers.js';
import { pdfBuffer, pdfSafe, renderPdf } from './pdf.renderer.js';

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

async function textOf(doc: Parameters<typeof renderPdf>[0], compress = true): Promise<string> {
  return pdfText(await pdfBuffer(renderPdf(doc, { compress })));
}

describe('PDF renderer', () => {
  it("shows the worked example's April invoice: parties, number, dates, period, lines, VAT and totals", async () => {
    const buffer = await pdfBuffer(renderPdf(aprilInvoice()));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(buffer)).toBe(1);
    const text = pdfText(buffer);
    for (const expected of [
      'INVOICE',
      'INV-2026-0004',
      '1 May 2026',
      '15 May 2026',
      '1 April 2026 – 30 April 2026',
      'Morgan Fractional Consulting GmbH',
      'Torstraße 49',
      'VAT ID: DE312345678',
      'Northwind Robotics GmbH',
      'VAT ID: DE287654321',
      'Fractional CTO — April 2026',
      '1 month',
      '2,400.00',
      'Additional time — April 2026',
      '1.0000 day',
      '1,500.00',
      'Net total',
      '3,900.00',
      'VAT 21 % of 3,900.00',
      '819.00',
      'Total due (EUR)',
      '4,719.00',
      'Payment terms: Payable within 14 days, by 2026-05-15.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('Reverse charge');
  });

  it('says "Reverse charge" on a reverse-charge invoice', async () => {
    const text = await textOf(reverseChargeInvoice());
    expect(text).toContain('Reverse charge: VAT 0 % of 3,900.00');
    expect(text).toContain('Reverse charge: VAT is to be accounted for by the recipient');
    expect(text).toContain('3,900.00');
  });

  it('puts a DRAFT watermark on drafts, which have no number', async () => {
    const buffer = await pdfBuffer(renderPdf(aprilInvoice({ status: 'DRAFT', number: null, issueDate: null, dueDate: null }), { compress: false }));
    expect(pageCount(buffer)).toBe(1);
    const text = pdfText(buffer);
    expect(text).toContain('DRAFT');
    expect(text).toContain('Draft (not yet issued)');
    expect(text).toContain('14 days after issue');
  });

  it('shows a credit note with the invoice it reverses', async () => {
    const text = await textOf(creditNoteOf(aprilInvoice()));
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain('INV-2026-0005');
    expect(text).toContain('Credits invoice');
    expect(text).toContain('INV-2026-0004 of 1 May 2026');
    expect(text).toContain('-4,719.00');
    expect(text).toContain('Reason: Wrong overage');
  });

  it('keeps every letter of names and addresses, and blanks control characters', async () => {
    expect(pdfSafe('Karlovo náměstí — Kraków €\u0007')).toBe('Karlovo náměstí — Kraków € ');
    const doc = aprilInvoice();
    const buyer = { ...doc.buyer, legalName: 'Quarry Analytics s.r.o.', addressLine: 'Karlovo náměstí 13', city: 'Łódź' };
    const text = pdfText(await pdfBuffer(renderPdf({ ...doc, buyer })));
    expect(text).toContain('Karlovo náměstí 13');
    expect(text).toContain('Łódź');
  });

  it('flows many lines onto further pages', async () => {
    const doc = aprilInvoice();
    const line = doc.amounts.lines[0]!;
    const lines = Array.from({ length: 60 }, (_, i) => ({ ...line, description: `Line ${i + 1}` }));
    const buffer = await pdfBuffer(renderPdf({ ...doc, status: 'DRAFT', amounts: { ...doc.amounts, lines } }));
    expect(pageCount(buffer)).toBe(2);
    const text = pdfText(buffer);
    expect(text.match(/DRAFT/g)).toHaveLength(2);
    expect(text).toContain('Line 1\n');
    expect(text).toContain('Line 60');
  });
});
