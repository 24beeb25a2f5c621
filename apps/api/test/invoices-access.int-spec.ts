// Who may do what with invoices, over every GraphQL operation and download route: the leader
// everything; the accountant lists, downloads, exports and marks paid, nothing else; a client
// viewer sees their own client's non-draft invoices only. Outside the scope: NOT_FOUND / 404.
import { DataSource } from 'typeorm';
import { withUnitOfWork } from '../src/database/request-scope.js';
import { startTestApp, type TestApp } from './support/app.js';
import { parseCsv } from './support/csv-parse.js';
import { createRetainer } from './support/engagement.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError } from './support/graphql.js';
import { CREDIT, download, GENERATE, INVOICE, INVOICES, ISSUE, PAY, setNow, setSellerDetails } from './support/invoicing.js';

describe('invoice access by role', () => {
  let app: TestApp;
  let leader: Actor;
  let accountant: Actor;
  let viewer: Actor;
  let stranger: Actor;
  let own: { id: string };
  let other: { id: string };
  /** own client's issued January invoice, its February draft; the other client's issued January invoice and February draft. */
  const ids = { ownIssued: '', ownDraft: '', otherIssued: '', otherDraft: '' };

  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
    await setSellerDetails(app, leader);
    own = await createClient(app, leader);
    other = await createClient(app, leader);
    for (const client of [own, other]) await createRetainer(app, leader, client.id, { startMonth: '2026-01' });
    setNow(app, '2026-02-03T10:00:00Z');
    for (const invoice of (await gql(app, GENERATE, { month: '2026-01' }, leader.token)).generateInvoices) {
      await gql(app, ISSUE, { id: invoice.id }, leader.token);
      if (invoice.client.id === own.id) ids.ownIssued = invoice.id;
      else ids.otherIssued = invoice.id;
    }
    for (const invoice of (await gql(app, GENERATE, { month: '2026-02' }, leader.token)).generateInvoices) {
      if (invoice.client.id === own.id) ids.ownDraft = invoice.id;
      else ids.otherDraft = invoice.id;
    }
    accountant = await addMember(app, leader, 'ACCOUNTANT');
    viewer = await addMember(app, leader, 'CLIENT_VIEWER', own.id);
    stranger = await signUpLeader(app);
  });
  afterAll(async () => {
    setNow(app, null);
    await app.close();
  });

  const listed = async (actor: Actor, filter: Record<string, unknown> = {}) =>
    (await gql(app, INVOICES, { filter }, actor.token)).invoices.nodes.map((n: { id: string }) => n.id).sort();

  it('lets the leader and the accountant list every invoice, drafts included', async () => {
    const all = Object.values(ids).sort();
    expect(await listed(leader)).toEqual(all);
    expect(await listed(accountant)).toEqual(all);
    expect((await gql(app, INVOICE, { id: ids.otherDraft }, accountant.token)).invoice.status).toBe('DRAFT');
  });

  it("shows a client viewer their own client's issued invoices only", async () => {
    expect(await listed(viewer)).toEqual([ids.ownIssued]);
    expect(await listed(viewer, { status: ['DRAFT'] })).toEqual([]);
    expect(await listed(viewer, { clientId: own.id })).toEqual([ids.ownIssued]);
    expect((await gqlError(app, INVOICES, { filter: { clientId: other.id } }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    const mine = (await gql(app, INVOICE, { id: ids.ownIssued }, viewer.token)).invoice;
    expect(mine.client.id).toBe(own.id);
    expect(mine.lines).toHaveLength(1);
    for (const id of [ids.ownDraft, ids.otherIssued, ids.otherDraft]) {
      expect((await gqlError(app, INVOICE, { id }, viewer.token)).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('hides invoices of another workspace entirely', async () => {
    expect(await listed(stranger)).toEqual([]);
    for (const id of Object.values(ids)) {
      expect((await gqlError(app, INVOICE, { id }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, PAY, { id, paidOn: '2026-02-03' }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, CREDIT, { id, reason: 'x' }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, ISSUE, { id }, stranger.token)).extensions?.code).toBe('NOT_FOUND');
    }
    expect((await gql(app, GENERATE, { month: '2026-01' }, stranger.token)).generateInvoices).toEqual([]);
  });

  it('lets only the leader generate, issue and credit', async () => {
    for (const actor of [accountant, viewer]) {
      expect((await gqlError(app, GENERATE, { month: '2026-02' }, actor.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, ISSUE, { id: ids.ownDraft }, actor.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, CREDIT, { id: ids.ownIssued, reason: 'x' }, actor.token)).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gqlError(app, PAY, { id: ids.ownIssued, paidOn: '2026-02-03' }, viewer.token)).extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the accountant mark an invoice paid', async () => {
    const paid = (await gql(app, PAY, { id: ids.otherIssued, paidOn: '2026-02-03' }, accountant.token)).markInvoicePaid;
    expect(paid).toMatchObject({ status: 'PAID', paidOn: '2026-02-03' });
  });

  it('serves PDF and UBL downloads by the same rules, 404 outside the scope', async () => {
    const expectations: Array<[Actor, string, number, number]> = [
      // actor, invoice, PDF status, UBL status
      [leader, ids.ownIssued, 200, 200],
      [leader, ids.ownDraft, 200, 409],
      [accountant, ids.ownIssued, 200, 200],
      [accountant, ids.otherDraft, 200, 409],
      [viewer, ids.ownIssued, 200, 200],
      [viewer, ids.ownDraft, 404, 404],
      [viewer, ids.otherIssued, 404, 404],
      [viewer, ids.otherDraft, 404, 404],
      [stranger, ids.ownIssued, 404, 404],
    ];
    for (const [actor, id, pdf, ubl] of expectations) {
      const who = actor === leader ? 'leader' : actor === accountant ? 'accountant' : actor === viewer ? 'viewer' : 'stranger';
      expect({ who, id, pdf: (await download(app, `/api/invoices/${id}/pdf`, actor)).status }).toEqual({ who, id, pdf });
      expect({ who, id, ubl: (await download(app, `/api/invoices/${id}/ubl`, actor)).status }).toEqual({ who, id, ubl });
    }
    const notFound = await app.http.get(`/api/invoices/${ids.otherIssued}/pdf`).set('authorization', `Bearer ${viewer.token}`);
    expect(notFound.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets the leader and the accountant export CSV, and no one else', async () => {
    for (const actor of [leader, accountant]) {
      const res = await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12', actor);
      expect(res.status).toBe(200);
      const rows = parseCsv(res.body.toString('utf8'));
      expect(rows).toHaveLength(3);
      expect(
        rows
          .slice(1)
          .map((row) => row[2])
          .sort(),
      ).toEqual(['ISSUED', 'PAID']);
    }
    expect((await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12', viewer)).status).toBe(403);
    const onlyPaid = parseCsv((await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12&status=PAID', leader)).body.toString('utf8'));
    expect(onlyPaid.slice(1).map((row) => row[2])).toEqual(['PAID']);
    expect(
      (await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12', stranger)).body.toString('utf8').trim().split('\r\n'),
    ).toHaveLength(1);
  });

  it("narrows the CSV to one client of the caller's scope, and answers 404 for any other", async () => {
    const range = '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-12';
    const all = parseCsv((await download(app, range, leader)).body.toString('utf8')).slice(1);
    const ownRows = parseCsv((await download(app, `${range}&clientId=${own.id}`, accountant)).body.toString('utf8')).slice(1);
    const otherRows = parseCsv((await download(app, `${range}&clientId=${other.id}`, accountant)).body.toString('utf8')).slice(1);
    expect(ownRows.length).toBeGreaterThan(0);
    expect(otherRows.length).toBeGreaterThan(0);
    expect(ownRows.length + otherRows.length).toBe(all.length);
    expect((await download(app, `${range}&clientId=${other.id}`, stranger)).status).toBe(404);
    expect((await download(app, `${range}&clientId=not-a-uuid`, leader)).status).toBe(404);
  });

  it('refuses every route without credentials', async () => {
    expect((await download(app, `/api/invoices/${ids.ownIssued}/pdf`)).status).toBe(401);
    expect((await download(app, `/api/invoices/${ids.ownIssued}/ubl`)).status).toBe(401);
    expect((await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-01')).status).toBe(401);
    expect((await gqlError(app, INVOICES, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('enforces the viewer scope in PostgreSQL too (row-level security)', async () => {
    const dataSource = app.app.get(DataSource);
    const principal = { userId: viewer.userId, membershipId: 'n/a', workspaceId: leader.workspaceId, role: 'CLIENT_VIEWER' as const, clientId: own.id };
    const seen = await withUnitOfWork(dataSource, principal, async (scope) => {
      const manager = await scope.manager();
      return {
        invoices: (await manager.query(`SELECT id FROM invoices`)).map((row: { id: string }) => row.id),
        lines: (await manager.query(`SELECT DISTINCT invoice_id FROM invoice_lines`)).map((row: { invoice_id: string }) => row.invoice_id),
        sequences: await manager.query(`SELECT * FROM invoice_number_sequences`),
      };
    });
    expect(seen).toEqual({ invoices: [ids.ownIssued], lines: [ids.ownIssued], sequences: [] });
    await expect(
      withUnitOfWork(dataSource, principal, async (scope) =>
        (await scope.manager()).query(`UPDATE invoices SET paid_on = '2026-02-03', status = 'PAID' WHERE id = $1 RETURNING id`, [ids.ownIssued]),
      ),
    ).resolves.toEqual([[], 0]);
  });
});
