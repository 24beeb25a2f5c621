// Invoicing through the API against a real PostgreSQL: the worked example's April invoice, drafts,
// issuing with gapless numbers (concurrently, across a year end, and after failures), payment,
// credit notes, the downloads (PDF text, UBL rules, CSV parsed back) and bad input.
import { startTestApp, type TestApp } from './support/app.js';
import { parseCsv } from './support/csv-parse.js';
import { checkEn16931, checkUblStructure, parseXml, text } from './support/en16931.js';
import { asLeader, createRetainer, LOG_TIME } from './support/engagement.js';
import { createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError, gqlRaw } from './support/graphql.js';
import { CREDIT, download, GENERATE, INVOICE, INVOICES, ISSUE, PAY, setNow, setSellerDetails, workedExample } from './support/invoicing.js';
import { pdfText } from './support/pdf-text.js';

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('invoicing', () => {
  let app: TestApp;
  afterEach(() => setNow(app, null));
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe("the worked example's April invoice", () => {
    let leader: Actor;
    let client: { id: string };
    let retainer: { id: string };
    let draftId: string;

    beforeAll(async () => {
      leader = await signUpLeader(app);
      await setSellerDetails(app, leader);
      client = await createClient(app, leader, { legalName: 'Northwind Robotics GmbH', vatId: 'DE287654321' });
      retainer = await workedExample(app, leader, client.id);
    });

    it("generates the draft exactly as docs/rules.md's worked example computes it", async () => {
      const [draft, ...others] = (await gql(app, GENERATE, { month: '2026-04' }, leader.token)).generateInvoices;
      expect(others).toEqual([]);
      draftId = draft.id;
      expect(draft).toMatchObject({
        kind: 'INVOICE',
        status: 'DRAFT',
        number: null,
        issueDate: null,
        dueDate: null,
        periodMonth: '2026-04',
        currency: 'EUR',
        reverseCharge: false,
        client: { id: client.id },
        creditedInvoice: null,
        pdfPath: `/api/invoices/${draft.id}/pdf`,
        ublPath: `/api/invoices/${draft.id}/ubl`,
      });
      expect(draft.lines).toEqual([
        { description: 'Fractional CTO — April 2026', quantity: 1, unitCode: 'MON', unitPrice: money(240_000), net: money(240_000), vatRatePercent: 21 },
        { description: 'Additional time — April 2026', quantity: 1, unitCode: 'DAY', unitPrice: money(150_000), net: money(150_000), vatRatePercent: 21 },
      ]);
      expect([draft.netTotal, draft.vatTotal, draft.grossTotal]).toEqual([money(390_000), money(81_900), money(471_900)]);
    });

    it('is idempotent: generating again leaves the same draft', async () => {
      const before = (await gql(app, INVOICE, { id: draftId }, leader.token)).invoice;
      const again = (await gql(app, GENERATE, { month: '2026-04' }, leader.token)).generateInvoices;
      expect(again).toEqual([before]);
      const all = (await gql(app, INVOICES, { filter: { fromMonth: '2026-04', toMonth: '2026-04' } }, leader.token)).invoices;
      expect(all.totalCount).toBe(1);
    });

    it('refreshes a draft when the month changes, keeping its id', async () => {
      const other = await signUpLeader(app);
      await setSellerDetails(app, other);
      const otherClient = await createClient(app, other);
      const plain = await createRetainer(app, other, otherClient.id, { startMonth: '2026-01', daysPerMonth: 4 });
      const [march] = (await gql(app, GENERATE, { month: '2026-03' }, other.token)).generateInvoices;
      expect(march.lines.map((l: { description: string }) => l.description)).toEqual(['Fractional CTO — March 2026']);
      expect(march.grossTotal).toEqual(money(484_000));
      for (const [date, minutes] of [
        ['2026-03-02', 1440],
        ['2026-03-03', 960],
      ] as const) {
        await gql(app, LOG_TIME, { input: { retainerId: plain.id, date, minutes, category: 'ADVISORY', description: 'Board prep' } }, other.token);
      }
      // 5 days used of 4: one day over, billed.
      const [refreshed] = (await gql(app, GENERATE, { month: '2026-03' }, other.token)).generateInvoices;
      expect(refreshed.id).toBe(march.id);
      expect(refreshed.lines.map((l: { description: string; quantity: number }) => [l.description, l.quantity])).toEqual([
        ['Fractional CTO — March 2026', 1],
        ['Additional time — March 2026', 1],
      ]);
      expect(refreshed.grossTotal).toEqual(money(484_000 + 181_500));
    });

    it('issues it: number, issue date in the workspace time zone, due date, lock, log entry', async () => {
      // 22:30 UTC on 4 May is 00:30 on 5 May in Prague.
      setNow(app, '2026-05-04T22:30:00Z');
      const before = (await gql(app, INVOICE, { id: draftId }, leader.token)).invoice;
      const issued = (await gql(app, ISSUE, { id: draftId }, leader.token)).issueInvoice;
      expect(issued).toMatchObject({ status: 'ISSUED', number: 'INV-2026-0001', issueDate: '2026-05-05', dueDate: '2026-05-19' });
      expect(issued.lines).toEqual(before.lines);
      expect(issued.grossTotal).toEqual(money(471_900));

      const error = await gqlError(
        app,
        LOG_TIME,
        { input: { retainerId: retainer.id, date: '2026-04-20', minutes: 60, category: 'ADVISORY', description: 'Late' } },
        leader.token,
      );
      expect(error.extensions?.code).toBe('CONFLICT');

      const log = await gql(
        app,
        `query ($id: ID!) { accountabilityLog(clientId: $id, kinds: [SYSTEM]) { nodes { title body author { id } } } }`,
        { id: client.id },
        leader.token,
      );
      expect(log.accountabilityLog.nodes).toContainEqual({
        title: 'Invoice INV-2026-0001 issued',
        body: 'April 2026: 4,719.00 EUR including VAT, due 2026-05-19.',
        author: null,
      });
    });

    it('refuses to issue it twice, and generating again leaves it untouched', async () => {
      const error = await gqlError(app, ISSUE, { id: draftId }, leader.token);
      expect(error.extensions?.code).toBe('CONFLICT');
      const [again] = (await gql(app, GENERATE, { month: '2026-04' }, leader.token)).generateInvoices;
      expect(again).toMatchObject({ id: draftId, status: 'ISSUED', number: 'INV-2026-0001' });
    });

    it("serves the PDF with the invoice's number, parties and totals", async () => {
      const res = await download(app, `/api/invoices/${draftId}/pdf`, leader);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="INV-2026-0001.pdf"');
      const textOfPdf = pdfText(res.body as Buffer);
      for (const expected of [
        'INVOICE',
        'INV-2026-0001',
        '5 May 2026',
        '19 May 2026',
        'Northwind Robotics GmbH',
        'VAT ID: DE287654321',
        'VAT ID: DE312345678',
        'Fractional CTO — April 2026',
        'Additional time — April 2026',
        '1.0000 day',
        '3,900.00',
        'VAT 21 % of 3,900.00',
        '819.00',
        '4,719.00',
      ]) {
        expect(textOfPdf).toContain(expected);
      }
      expect(textOfPdf).not.toContain('DRAFT');
    });

    it('serves a UBL invoice that passes the EN 16931 and Peppol rules', async () => {
      const res = await download(app, `/api/invoices/${draftId}/ubl`, leader);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      const xml = (res.body as Buffer).toString('utf8');
      expect(checkEn16931(xml)).toEqual([]);
      const doc = parseXml(xml);
      expect(checkUblStructure(doc)).toEqual([]);
      expect(text(doc, 'cbc:ID')).toBe('INV-2026-0001');
      expect(text(doc, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('4719.00');
      expect(text(doc, 'cac:TaxTotal/cbc:TaxAmount')).toBe('819.00');
    });

    it('marks it paid, refusing a date before the issue date and paying twice', async () => {
      setNow(app, '2026-06-01T10:00:00Z');
      const early = await gqlError(app, PAY, { id: draftId, paidOn: '2026-05-01' }, leader.token);
      expect(early.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'paidOn' });
      const future = await gqlError(app, PAY, { id: draftId, paidOn: '2026-06-02' }, leader.token);
      expect(future.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'paidOn' });
      const paid = (await gql(app, PAY, { id: draftId, paidOn: '2026-05-20' }, leader.token)).markInvoicePaid;
      expect(paid).toMatchObject({ status: 'PAID', paidOn: '2026-05-20' });
      expect((await gqlError(app, PAY, { id: draftId, paidOn: '2026-05-21' }, leader.token)).extensions?.code).toBe('CONFLICT');
    });

    it('credits it with a credit note numbered from the same sequence', async () => {
      setNow(app, '2026-06-02T10:00:00Z');
      expect((await gqlError(app, CREDIT, { id: draftId, reason: '   ' }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
      const credit = (await gql(app, CREDIT, { id: draftId, reason: 'Overage disputed' }, leader.token)).creditInvoice;
      expect(credit).toMatchObject({
        kind: 'CREDIT_NOTE',
        status: 'ISSUED',
        number: 'INV-2026-0002',
        issueDate: '2026-06-02',
        dueDate: null,
        periodMonth: '2026-04',
        creditedInvoice: { id: draftId, number: 'INV-2026-0001' },
      });
      expect([credit.netTotal, credit.vatTotal, credit.grossTotal]).toEqual([money(-390_000), money(-81_900), money(-471_900)]);
      expect(credit.lines.map((l: { quantity: number; unitPrice: unknown; net: unknown }) => [l.quantity, l.unitPrice, l.net])).toEqual([
        [-1, money(240_000), money(-240_000)],
        [-1, money(150_000), money(-150_000)],
      ]);
      expect((await gql(app, INVOICE, { id: draftId }, leader.token)).invoice.status).toBe('CREDITED');

      expect((await gqlError(app, CREDIT, { id: credit.id, reason: 'again' }, leader.token)).extensions?.code).toBe('CONFLICT');
      expect((await gqlError(app, CREDIT, { id: draftId, reason: 'again' }, leader.token)).extensions?.code).toBe('CONFLICT');

      const ubl = (await download(app, `/api/invoices/${credit.id}/ubl`, leader)).body.toString('utf8');
      expect(checkEn16931(ubl)).toEqual([]);
      expect(checkUblStructure(parseXml(ubl))).toEqual([]);
      expect(text(parseXml(ubl), 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe('INV-2026-0001');
      const pdf = pdfText((await download(app, `/api/invoices/${credit.id}/pdf`, leader)).body);
      expect(pdf).toContain('CREDIT NOTE');
      expect(pdf).toContain('-4,719.00');
    });

    it('lets the credited month be invoiced again (a new draft)', async () => {
      const generated = (await gql(app, GENERATE, { month: '2026-04' }, leader.token)).generateInvoices;
      expect(generated).toHaveLength(1);
      expect(generated[0]).toMatchObject({ status: 'DRAFT', number: null });
      expect(generated[0].id).not.toBe(draftId);
      expect(generated[0].grossTotal).toEqual(money(471_900));
    });

    it('exports the period as CSV, one row per line, parsed back exactly', async () => {
      const res = await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-06', leader);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const rows = parseCsv(res.body.toString('utf8'));
      expect(rows[0]).toEqual([
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
      ]);
      expect(rows.slice(1)).toEqual([
        [
          'INV-2026-0001',
          'INVOICE',
          'CREDITED',
          '2026-05-05',
          '2026-05-19',
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
          'INV-2026-0001',
          'INVOICE',
          'CREDITED',
          '2026-05-05',
          '2026-05-19',
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
        [
          'INV-2026-0002',
          'CREDIT_NOTE',
          'ISSUED',
          '2026-06-02',
          '',
          'Northwind Robotics GmbH',
          'DE287654321',
          'EUR',
          'Fractional CTO — April 2026',
          '-1.0000',
          '2400.00',
          '-2400.00',
          '21',
          '-504.00',
          '-2904.00',
        ],
        [
          'INV-2026-0002',
          'CREDIT_NOTE',
          'ISSUED',
          '2026-06-02',
          '',
          'Northwind Robotics GmbH',
          'DE287654321',
          'EUR',
          'Additional time — April 2026',
          '-1.0000',
          '1500.00',
          '-1500.00',
          '21',
          '-315.00',
          '-1815.00',
        ],
      ]);
      const drafts = parseCsv((await download(app, '/api/exports/invoices.csv?fromMonth=2026-03&toMonth=2026-04&status=DRAFT', leader)).body.toString('utf8'));
      expect(drafts.slice(1).map((row) => [row[0], row[2], row[8]])).toEqual([
        ['', 'DRAFT', 'Fractional CTO — April 2026'],
        ['', 'DRAFT', 'Additional time — April 2026'],
      ]);
    });

    it('pages the list with a cursor and counts it', async () => {
      const first = (await gql(app, INVOICES, { first: 2 }, leader.token)).invoices;
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await gql(app, INVOICES, { first: 2, after: first.pageInfo.endCursor }, leader.token)).invoices;
      expect(second.pageInfo.hasNextPage).toBe(false);
      const ids = [...first.nodes, ...second.nodes].map((n: { id: string }) => n.id);
      expect(new Set(ids).size).toBe(3);
      // Newest first within the month: the new draft, the credit note, the credited invoice.
      expect([...first.nodes, ...second.nodes].map((n: { kind: string; status: string }) => `${n.kind} ${n.status}`)).toEqual([
        'INVOICE DRAFT',
        'CREDIT_NOTE ISSUED',
        'INVOICE CREDITED',
      ]);
      const issued = (await gql(app, INVOICES, { filter: { status: ['ISSUED', 'CREDITED'], clientId: client.id } }, leader.token)).invoices;
      expect(issued.nodes.map((n: { number: string }) => n.number).sort()).toEqual(['INV-2026-0001', 'INV-2026-0002']);
    });

    it('keeps issued invoices frozen in the database itself', async () => {
      await expect(
        asLeader(app, leader, async (_p, scope) =>
          (await scope.manager()).query(`UPDATE invoices SET net_total_minor = 1, gross_total_minor = 1 + vat_total_minor WHERE id = $1`, [draftId]),
        ),
      ).rejects.toThrow(/issued/);
      await expect(
        asLeader(app, leader, async (_p, scope) => (await scope.manager()).query(`DELETE FROM invoice_lines WHERE invoice_id = $1`, [draftId])),
      ).rejects.toThrow(/cannot change/);
      await expect(asLeader(app, leader, async (_p, scope) => (await scope.manager()).query(`DELETE FROM invoices WHERE id = $1`, [draftId]))).rejects.toThrow(
        /cannot be deleted/,
      );
    });
  });

  describe('spreadsheet formulas in the CSV', () => {
    it('reach the file neutralised in every text cell, through the real export', async () => {
      const leader = await signUpLeader(app);
      // The prefix may start with "-" (letters, digits, "-", "_", "/"), so the number does too.
      await setSellerDetails(app, leader, { invoiceNumberPrefix: '-' });
      const vatId = "=cmd|'/C calc'!A0";
      const legalName = "@SUM(1+1)*cmd|' /C calc'!A0";
      const client = await createClient(app, leader, { legalName, vatId });
      await createRetainer(app, leader, client.id, { startMonth: '2026-03', title: '+HYPERLINK("http://evil.example")' });
      const [draft] = (await gql(app, GENERATE, { month: '2026-03' }, leader.token)).generateInvoices;
      setNow(app, '2026-04-02T10:00:00Z');
      expect((await gql(app, ISSUE, { id: draft.id }, leader.token)).issueInvoice.number).toBe('-2026-0001');

      const res = await download(app, '/api/exports/invoices.csv?fromMonth=2026-03&toMonth=2026-03', leader);
      expect(res.status).toBe(200);
      const [header, ...rows] = parseCsv(res.body.toString('utf8'));
      expect(rows).toHaveLength(1);
      const row = Object.fromEntries(header!.map((column, index) => [column, rows[0]![index]]));
      expect(row).toMatchObject({
        Number: "'-2026-0001",
        'Client legal name': `'${legalName}`,
        'Client VAT ID': `'${vatId}`,
        Description: `'+HYPERLINK("http://evil.example") — March 2026`,
      });
      // No text cell starts as a formula; the amounts stay plain numbers.
      for (const [column, cell] of Object.entries(row)) {
        if (['Quantity', 'Unit price', 'Net', 'VAT rate', 'VAT', 'Gross'].includes(column)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
        else expect({ column, cell }).toEqual({ column, cell: expect.not.stringMatching(/^[=+\-@\t\r]/) });
      }
    });
  });

  describe('bad input and faults', () => {
    let leader: Actor;
    let client: { id: string };
    beforeAll(async () => {
      leader = await signUpLeader(app);
      await setSellerDetails(app, leader, { vatId: null });
      client = await createClient(app, leader);
      await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    });

    it.each(['2026-13', '2026-4', 'April'])('refuses generating for the invalid month %s with BAD_USER_INPUT', async (month) => {
      const result = await gqlRaw(app, GENERATE, { month }, leader.token);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('month');
    });

    it('refuses a reversed month range naming the field', async () => {
      const error = await gqlError(app, INVOICES, { filter: { fromMonth: '2026-05', toMonth: '2026-04' } }, leader.token);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'toMonth' });
      expect((await gqlError(app, INVOICES, { first: -1 }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await gqlError(app, INVOICES, { after: 'garbage' }, leader.token)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('refuses CSV exports with bad months naming the field', async () => {
      for (const [query, field] of [
        ['fromMonth=2026-13&toMonth=2026-12', 'fromMonth'],
        ['fromMonth=2026-01', 'toMonth'],
        ['fromMonth=2026-05&toMonth=2026-01', 'toMonth'],
        ['fromMonth=2026-01&toMonth=2026-02&status=OPEN', 'status'],
      ]) {
        const res = await app.http.get(`/api/exports/invoices.csv?${query}`).set('authorization', `Bearer ${leader.token}`);
        expect({ query, status: res.status, body: res.body }).toMatchObject({ query, status: 400, body: { code: 'BAD_USER_INPUT', field } });
      }
    });

    it('refuses paying a draft and crediting a draft (CONFLICT), and a draft has no UBL', async () => {
      const [draft] = (await gql(app, GENERATE, { month: '2026-02' }, leader.token)).generateInvoices;
      expect((await gqlError(app, PAY, { id: draft.id, paidOn: '2026-03-01' }, leader.token)).extensions?.code).toBe('CONFLICT');
      expect((await gqlError(app, CREDIT, { id: draft.id, reason: 'x' }, leader.token)).extensions?.code).toBe('CONFLICT');
      expect((await download(app, `/api/invoices/${draft.id}/ubl`, leader)).status).toBe(409);
      const pdf = await download(app, `/api/invoices/${draft.id}/pdf`, leader);
      expect(pdf.status).toBe(200);
      expect(pdfText(pdf.body)).toContain('Draft (not yet issued)');
    });

    it('consumes no number when issuing fails, before or after the number was taken', async () => {
      const [draft] = (await gql(app, GENERATE, { month: '2026-01' }, leader.token)).generateInvoices;
      // The workspace has no VAT id: a standard-rated invoice cannot be issued (BR-S-02).
      const refused = await gqlError(app, ISSUE, { id: draft.id }, leader.token);
      expect(refused.extensions?.code).toBe('CONFLICT');
      expect(refused.message).toContain('VAT id');
      await setSellerDetails(app, leader);

      // Make the log append (after the number is taken) fail for this client, once.
      const dataSource = app.owner;
      await dataSource.query(`
        CREATE FUNCTION test_refuse_log_${client.id.replaceAll('-', '_')}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN IF NEW.client_id = '${client.id}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $f$;
        CREATE TRIGGER test_refuse_log BEFORE INSERT ON log_entries FOR EACH ROW EXECUTE FUNCTION test_refuse_log_${client.id.replaceAll('-', '_')}();`);
      try {
        const failed = await gqlRaw(app, ISSUE, { id: draft.id }, leader.token);
        expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await dataSource.query(`DROP TRIGGER test_refuse_log ON log_entries; DROP FUNCTION test_refuse_log_${client.id.replaceAll('-', '_')}();`);
      }
      expect((await gql(app, INVOICE, { id: draft.id }, leader.token)).invoice).toMatchObject({ status: 'DRAFT', number: null });
      // A fresh workspace, so its first number is 0001: nothing was consumed by the failures.
      const issued = (await gql(app, ISSUE, { id: draft.id }, leader.token)).issueInvoice;
      expect(issued.number).toMatch(/^INV-\d{4}-0001$/);
    });

    it('answers NOT_FOUND for malformed and unknown ids', async () => {
      for (const id of ['nope', '00000000-0000-0000-0000-000000000000']) {
        expect((await gqlError(app, INVOICE, { id }, leader.token)).extensions?.code).toBe('NOT_FOUND');
        expect((await gqlError(app, ISSUE, { id }, leader.token)).extensions?.code).toBe('NOT_FOUND');
        expect((await download(app, `/api/invoices/${id}/pdf`, leader)).status).toBe(404);
      }
    });
  });

  describe('invoice numbers', () => {
    it('gives 50 invoices issued at once 50 distinct, consecutive numbers', async () => {
      const leader = await signUpLeader(app);
      await setSellerDetails(app, leader, { invoiceNumberPrefix: 'C-' });
      setNow(app, '2026-07-01T09:00:00Z');
      for (let i = 0; i < 50; i++) {
        const client = await createClient(app, leader);
        await createRetainer(app, leader, client.id, { startMonth: '2026-06', monthlyFeeMinor: 100_000 + i });
      }
      const drafts = (await gql(app, GENERATE, { month: '2026-06' }, leader.token)).generateInvoices;
      expect(drafts).toHaveLength(50);
      const results = await Promise.all(drafts.map((draft: { id: string }) => gqlRaw(app, ISSUE, { id: draft.id }, leader.token)));
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
      const numbers = results.map((result) => result.data.issueInvoice.number as string).sort();
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `C-2026-${String(i + 1).padStart(4, '0')}`));
    }, 60_000);

    it('starts again at 0001 when the year rolls over in the workspace time zone', async () => {
      const leader = await signUpLeader(app, { timezone: 'Asia/Tokyo' });
      await setSellerDetails(app, leader);
      const clients = [await createClient(app, leader), await createClient(app, leader), await createClient(app, leader)];
      for (const client of clients) await createRetainer(app, leader, client.id, { startMonth: '2026-11' });
      const drafts = (await gql(app, GENERATE, { month: '2026-12' }, leader.token)).generateInvoices;
      // 14:30 UTC on 31 December is 23:30 in Tokyo; 15:30 UTC is already 1 January 2027 there.
      setNow(app, '2026-12-31T14:30:00Z');
      const last = (await gql(app, ISSUE, { id: drafts[0].id }, leader.token)).issueInvoice;
      expect(last).toMatchObject({ number: 'INV-2026-0001', issueDate: '2026-12-31' });
      setNow(app, '2026-12-31T15:30:00Z');
      const first = (await gql(app, ISSUE, { id: drafts[1].id }, leader.token)).issueInvoice;
      expect(first).toMatchObject({ number: 'INV-2027-0001', issueDate: '2027-01-01' });
      const second = (await gql(app, ISSUE, { id: drafts[2].id }, leader.token)).issueInvoice;
      expect(second.number).toBe('INV-2027-0002');
    });
  });
});
