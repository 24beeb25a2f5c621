import { creditNoteFrom, invoiceAmounts, invoiceLine } from '@allot/domain';
import { parseCsv } from '../../../test/support/csv-parse.js';
import { allocateLineVat, CSV_COLUMNS, csvRows, invoiceCsvStream, spreadsheetSafe, type CsvInvoice } from './csv.export.js';
import { aprilInvoice, mixedInvoice } from './invoice-fixtures.test-helpers.js';

function csvOf(doc = aprilInvoice(), overrides: Partial<CsvInvoice> = {}): CsvInvoice {
  return {
    number: doc.number,
    kind: doc.kind,
    status: doc.status,
    issueDate: doc.issueDate,
    dueDate: doc.dueDate,
    clientLegalName: doc.buyer.legalName,
    clientVatId: doc.buyer.vatId,
    currency: doc.currency,
    lines: doc.amounts.lines,
    vatBreakdown: doc.amounts.vatBreakdown,
    ...overrides,
  };
}

async function render(invoices: CsvInvoice[]): Promise<string> {
  const stream = invoiceCsvStream();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  const done = new Promise((resolve) => stream.on('end', resolve));
  for (const invoice of invoices) for (const row of csvRows(invoice)) stream.write(row);
  stream.end();
  await done;
  return Buffer.concat(chunks).toString('utf8');
}

describe('invoice CSV export', () => {
  it("writes the worked example's April invoice as one row per line, parsed back exactly", async () => {
    const rows = parseCsv(await render([csvOf()]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        'INV-2026-0004',
        'INVOICE',
        'ISSUED',
        '2026-05-01',
        '2026-05-15',
        'Northwind Robotics GmbH',
        'DE287654321',
        'EUR',
        'Fractional CTO — April 2026',
        '1.0000',
        '2400.00',
        '2400.00',
        '21',
        '504.00',
        '2904.00',
      ],
      [
        'INV-2026-0004',
        'INVOICE',
        'ISSUED',
        '2026-05-01',
        '2026-05-15',
        'Northwind Robotics GmbH',
        'DE287654321',
        'EUR',
        'Additional time — April 2026',
        '1.0000',
        '1500.00',
        '1500.00',
        '21',
        '315.00',
        '1815.00',
      ],
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps UTF-8', async () => {
    const text = await render([csvOf(aprilInvoice(), { clientLegalName: 'Smith, "Jones" &\nSons Kft. — Győr' })]);
    expect(text).toContain('"Smith, ""Jones"" &\nSons Kft. — Győr"');
    expect(parseCsv(text)[1]![5]).toBe('Smith, "Jones" &\nSons Kft. — Győr');
  });

  it('quotes a lone CR or LF, which a spreadsheet would take for the end of the row', async () => {
    const text = await render([csvOf(aprilInvoice(), { clientLegalName: 'Northwind\rRobotics', clientVatId: 'DE\n287654321' })]);
    expect(text).toContain('"Northwind\rRobotics","DE\n287654321"');
    expect(parseCsv(text)[1]!.slice(5, 7)).toEqual(['Northwind\rRobotics', 'DE\n287654321']);
  });

  it('spreads VAT over lines so that each invoice adds up exactly', async () => {
    const doc = mixedInvoice();
    const rows = parseCsv(await render([csvOf(doc)])).slice(1);
    const cents = (value: string) => Math.round(Number(value) * 100);
    expect(rows.reduce((sum, row) => sum + cents(row[13]!), 0)).toBe(doc.amounts.vatTotalMinor);
    expect(rows.reduce((sum, row) => sum + cents(row[14]!), 0)).toBe(doc.amounts.grossTotalMinor);
    expect(rows.reduce((sum, row) => sum + cents(row[11]!), 0)).toBe(doc.amounts.netTotalMinor);
  });

  it('allocates by largest remainder, mirrored for a credit note', () => {
    // Three lines of 0.01 at 50 %: VAT over the sum 0.03 is 0.02 (half up), spread 1 + 1 + 0.
    const lines = [1, 1, 1].map((net) => ({ ...invoiceLine('x', 1, 'MON', net), vatRatePercent: 50, reverseCharge: false }));
    const amounts = invoiceAmounts(lines);
    expect(amounts.vatTotalMinor).toBe(2);
    expect(allocateLineVat(amounts.lines, amounts.vatBreakdown)).toEqual([1, 1, 0]);
    const credit = creditNoteFrom(amounts);
    expect(allocateLineVat(credit.lines, credit.vatBreakdown)).toEqual([-1, -1, 0]);
  });

  it('neutralises spreadsheet formulas in free text but not in amounts', () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('Fractional CTO')).toBe('Fractional CTO');
    const rows = csvRows(csvOf(aprilInvoice(), { clientLegalName: '+cmd' }));
    expect(rows[0]![5]).toBe("'+cmd");
  });

  // Every column is either text (neutralised) or a number; a new column must be put in one list.
  const TEXT_COLUMNS: Record<string, (value: string) => Partial<CsvInvoice>> = {
    Number: (number) => ({ number }),
    Kind: (kind) => ({ kind }),
    Status: (status) => ({ status }),
    'Issue date': (issueDate) => ({ issueDate }),
    'Due date': (dueDate) => ({ dueDate }),
    'Client legal name': (clientLegalName) => ({ clientLegalName }),
    'Client VAT ID': (clientVatId) => ({ clientVatId }),
    Description: (description) => ({ lines: aprilInvoice().amounts.lines.map((line) => ({ ...line, description })) }),
  };
  const NUMBER_COLUMNS = ['Quantity', 'Unit price', 'Net', 'VAT rate', 'VAT', 'Gross'];

  it('classes every column as text or number', () => {
    // Currency is text too, but the amounts refuse anything but an ISO 4217 code (tested below).
    expect([...Object.keys(TEXT_COLUMNS), 'Currency', ...NUMBER_COLUMNS].sort()).toEqual([...CSV_COLUMNS].sort());
  });

  const attacks = ["=cmd|'/C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];
  it.each(Object.keys(TEXT_COLUMNS))('neutralises formulas in the %s column, written to the file as text', async (column) => {
    const index = CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number]);
    for (const attack of attacks) {
      const invoice = csvOf(aprilInvoice(), TEXT_COLUMNS[column]!(attack));
      expect(csvRows(invoice).map((row) => row[index])).toEqual([`'${attack}`, `'${attack}`]);
      const parsed = parseCsv(await render([invoice])).slice(1);
      expect(parsed.map((row) => row[index])).toEqual([`'${attack}`, `'${attack}`]);
    }
  });

  it('writes no row for a currency that is not an ISO 4217 code', () => {
    expect(() => csvRows(csvOf(aprilInvoice(), { currency: "=cmd|'/C calc'!A0" }))).toThrow(/ISO 4217/);
  });

  it("leaves a credit note's negative amounts as numbers", () => {
    const doc = aprilInvoice();
    const credit = creditNoteFrom(doc.amounts);
    const [row] = csvRows(csvOf(doc, { kind: 'CREDIT_NOTE', lines: credit.lines, vatBreakdown: credit.vatBreakdown }));
    const cells = NUMBER_COLUMNS.map((column) => row![CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])]);
    expect(cells).toEqual(['-1.0000', '2400.00', '-2400.00', '21', '-504.00', '-2904.00']);
    for (const cell of cells) expect(Number.isFinite(Number(cell))).toBe(true);
  });
});
