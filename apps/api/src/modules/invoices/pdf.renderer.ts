// An invoice or credit note as a PDF a client's bookkeeping would accept: seller and buyer with
// addresses and VAT ids, number, dates, service period, lines, the VAT breakdown, totals,
// payment terms, "Reverse charge" where it applies, and a DRAFT watermark on drafts.
//
// The text is set in DejaVu Sans Condensed (embedded, subset by pdfkit; about Helvetica's width) so that names and addresses keep
// every letter: Karlovo náměstí, Łódź, Αθήνα.
import { firstDayOfMonth, formatDateLong, formatMonthLong, formatQuantity, lastDayOfMonth, REVERSE_CHARGE_NOTE } from '@allot/domain';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { documentTitle, formatMoney, formatPercent, vatCategory, type InvoiceDocument, type InvoiceParty } from './invoice-document.js';
import { paymentTermsNote } from './ubl.renderer.js';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = { regular: path.join(fontDir, 'DejaVuSansCondensed.ttf'), bold: path.join(fontDir, 'DejaVuSansCondensed-Bold.ttf') };

/** Text as the PDF shows it: control characters (but line breaks) become spaces. */
export function pdfSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is this function's job
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
}

const PAGE = { left: 50, right: 545, bottom: 760 };
const COLUMNS = [
  { key: 'description', label: 'Description', x: 50, width: 215, align: 'left' },
  { key: 'quantity', label: 'Quantity', x: 270, width: 70, align: 'right' },
  { key: 'unitPrice', label: 'Unit price', x: 345, width: 75, align: 'right' },
  { key: 'vat', label: 'VAT', x: 425, width: 40, align: 'right' },
  { key: 'net', label: 'Net', x: 470, width: 75, align: 'right' },
] as const;

export interface PdfOptions {
  /** Off in tests, so that the page content can be read back as text. */
  compress?: boolean;
}

/** Renders the PDF; the returned document is a readable stream (already ended). */
export function renderPdf(doc: InvoiceDocument, options: PdfOptions = {}): PDFKit.PDFDocument {
  const title = documentTitle(doc.kind);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: {
      Title: pdfSafe(`${title} ${doc.number ?? '(draft)'}`),
      Author: pdfSafe(doc.seller.legalName || 'Allot'),
      Subject: pdfSafe(`${title} for ${formatMonthLong(doc.periodMonth)}`),
      Creator: 'Allot',
    },
  });
  pdf.registerFont('Regular', FONTS.regular);
  pdf.registerFont('Bold', FONTS.bold);
  const draft = doc.status === 'DRAFT';
  if (draft) watermark(pdf);
  // Pages are only ever added by the layout below (never by text flowing past the margin).
  const newPage = () => {
    pdf.addPage();
    if (draft) watermark(pdf);
    return 50;
  };
  const text = (value: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions = {}) => pdf.text(pdfSafe(value), x, y, { lineBreak: false, ...opts });
  const currency = doc.currency;

  // Header: the seller on the left, the document on the right.
  pdf.font('Bold').fontSize(13).fillColor('#111111');
  text(doc.seller.legalName || '(seller legal name missing)', PAGE.left, 50, { width: 260, lineBreak: true });
  pdf.font('Regular').fontSize(9).fillColor('#333333');
  let y = pdf.y + 2;
  for (const line of partyLines(doc.seller)) {
    text(line, PAGE.left, y, { width: 260 });
    y += 12;
  }
  pdf.font('Bold').fontSize(20).fillColor('#111111');
  text(title.toUpperCase(), 330, 48, { width: 215, align: 'right' });
  pdf.font('Regular').fontSize(9).fillColor('#333333');
  const facts: Array<[string, string]> = [
    ['Number', doc.number ?? 'Draft (not yet issued)'],
    ['Issue date', doc.issueDate ? formatDateLong(doc.issueDate) : '—'],
  ];
  if (doc.kind === 'INVOICE') facts.push(['Due date', doc.dueDate ? formatDateLong(doc.dueDate) : `${doc.paymentTermsDays} days after issue`]);
  facts.push(['Service period', `${formatDateLong(firstDayOfMonth(doc.periodMonth))} – ${formatDateLong(lastDayOfMonth(doc.periodMonth))}`]);
  if (doc.creditedInvoice) facts.push(['Credits invoice', `${doc.creditedInvoice.number} of ${formatDateLong(doc.creditedInvoice.issueDate)}`]);
  let factY = 78;
  for (const [label, value] of facts) {
    pdf.font('Regular');
    text(`${label}:`, 265, factY, { width: 80 });
    pdf.font('Bold');
    text(value, 345, factY, { width: 200, align: 'right' });
    factY += 13;
  }

  // The buyer.
  y = Math.max(y, factY) + 22;
  pdf.font('Regular').fontSize(8).fillColor('#777777');
  text('BILL TO', PAGE.left, y);
  y += 12;
  pdf.font('Bold').fontSize(11).fillColor('#111111');
  text(doc.buyer.legalName, PAGE.left, y, { width: 300 });
  y += 15;
  pdf.font('Regular').fontSize(9).fillColor('#333333');
  for (const line of partyLines(doc.buyer)) {
    text(line, PAGE.left, y, { width: 300 });
    y += 12;
  }

  // Lines.
  y += 20;
  const header = () => {
    pdf.font('Bold').fontSize(9).fillColor('#111111');
    for (const column of COLUMNS) {
      const label = column.key === 'net' || column.key === 'unitPrice' ? `${column.label} (${currency})` : column.label;
      text(label, column.x, y, { width: column.width, align: column.align });
    }
    y += 14;
    pdf
      .moveTo(PAGE.left, y - 3)
      .lineTo(PAGE.right, y - 3)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    pdf.font('Regular').fillColor('#222222');
  };
  header();
  for (const line of doc.amounts.lines) {
    const description = pdfSafe(line.description);
    const height = pdf.heightOfString(description, { width: COLUMNS[0].width });
    if (y + height > PAGE.bottom) {
      y = newPage();
      header();
    }
    const quantity =
      line.unitCode === 'DAY'
        ? `${formatQuantity(line.quantity)} ${Math.abs(line.quantity) === 1 ? 'day' : 'days'}`
        : `${trimQuantity(line.quantity)} ${Math.abs(line.quantity) === 1 ? 'month' : 'months'}`;
    pdf.text(description, COLUMNS[0].x, y, { width: COLUMNS[0].width });
    text(quantity, COLUMNS[1].x, y, { width: COLUMNS[1].width, align: 'right' });
    text(formatMoney(line.unitPriceMinor, currency), COLUMNS[2].x, y, { width: COLUMNS[2].width, align: 'right' });
    text(line.reverseCharge ? 'RC' : `${formatPercent(line.vatRatePercent)} %`, COLUMNS[3].x, y, { width: COLUMNS[3].width, align: 'right' });
    text(formatMoney(line.netMinor, currency), COLUMNS[4].x, y, { width: COLUMNS[4].width, align: 'right' });
    y += Math.max(height, 11) + 6;
  }
  pdf.moveTo(PAGE.left, y).lineTo(PAGE.right, y).lineWidth(0.5).strokeColor('#999999').stroke();

  // VAT breakdown and totals, right-aligned under the lines.
  const rows: Array<{ label: string; value: string; bold?: boolean }> = [];
  rows.push({ label: 'Net total', value: formatMoney(doc.amounts.netTotalMinor, currency) });
  for (const group of doc.amounts.vatBreakdown) {
    const what = vatCategory(group) === 'AE' ? `${REVERSE_CHARGE_NOTE}: VAT 0 %` : `VAT ${formatPercent(group.vatRatePercent)} %`;
    rows.push({ label: `${what} of ${formatMoney(group.taxableMinor, currency)}`, value: formatMoney(group.vatMinor, currency) });
  }
  rows.push({ label: 'VAT total', value: formatMoney(doc.amounts.vatTotalMinor, currency) });
  rows.push({
    label: doc.kind === 'CREDIT_NOTE' ? `Total credited (${currency})` : `Total due (${currency})`,
    value: formatMoney(doc.amounts.grossTotalMinor, currency),
    bold: true,
  });
  y += 10;
  if (y + rows.length * 15 + 20 > PAGE.bottom) y = newPage();
  for (const row of rows) {
    pdf
      .font(row.bold ? 'Bold' : 'Regular')
      .fontSize(row.bold ? 11 : 9)
      .fillColor('#111111');
    text(row.label, 270, y, { width: 195, align: 'right' });
    text(row.value, 470, y, { width: 75, align: 'right' });
    y += row.bold ? 17 : 14;
  }

  // Notes: reverse charge, what a credit note corrects, payment terms, payment.
  y += 14;
  pdf.font('Regular').fontSize(9).fillColor('#222222');
  const notes: string[] = [];
  if (doc.reverseCharge) {
    notes.push(`${REVERSE_CHARGE_NOTE}: VAT is to be accounted for by the recipient (Article 196 of Council Directive 2006/112/EC).`);
  }
  if (doc.creditedInvoice)
    notes.push(`This credit note reverses invoice ${doc.creditedInvoice.number}${doc.creditReason ? `. Reason: ${doc.creditReason}` : ''}.`);
  notes.push(`Payment terms: ${paymentTermsNote(doc)}`);
  if (doc.paidOn) notes.push(`Paid on ${formatDateLong(doc.paidOn)}.`);
  if (draft) notes.push('This is a draft for review, not an invoice: it has no number yet and is not payable.');
  for (const note of notes) {
    const safe = pdfSafe(note);
    const height = pdf.heightOfString(safe, { width: PAGE.right - PAGE.left });
    if (y + height > PAGE.bottom) y = newPage();
    pdf.text(safe, PAGE.left, y, { width: PAGE.right - PAGE.left });
    y += height + 4;
  }

  // Footer on the last page, in the bottom margin: who issues it.
  pdf.page.margins.bottom = 0;
  pdf.font('Regular').fontSize(7).fillColor('#888888');
  const footer = [doc.seller.legalName, doc.seller.vatId ? `VAT ID ${doc.seller.vatId}` : null, doc.seller.email].filter(Boolean).join(' · ');
  text(footer, PAGE.left, 790, { width: PAGE.right - PAGE.left, align: 'center' });
  pdf.end();
  return pdf;
}

function partyLines(party: InvoiceParty): string[] {
  const lines = [party.addressLine, [party.postalCode, party.city].filter(Boolean).join(' '), countryName(party.country)];
  if (party.vatId) lines.push(`VAT ID: ${party.vatId}`);
  return lines.filter((line) => line.trim().length > 0);
}

function countryName(code: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function trimQuantity(quantity: number): string {
  return formatQuantity(quantity).replace(/\.?0+$/, '');
}

function watermark(pdf: PDFKit.PDFDocument): void {
  // Drawn without a text box (no wrapping, no page flow), and the cursor put back afterwards.
  const { x, y } = pdf;
  pdf.save();
  pdf.rotate(-35, { origin: [297, 421] });
  pdf.font('Bold').fontSize(120).fillColor('#e6e6e6').fillOpacity(0.6);
  const width = pdf.widthOfString('DRAFT');
  pdf.text('DRAFT', 297 - width / 2, 421 - 45, { lineBreak: false });
  pdf.restore();
  pdf.fillOpacity(1);
  pdf.x = x;
  pdf.y = y;
}

/** The whole PDF in memory (tests and small callers). */
export function pdfBuffer(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
