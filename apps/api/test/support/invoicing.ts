// Invoicing helpers for integration tests: seller details, the worked example's retainer and
// usage, the invoice operations, downloads as raw bytes, and a settable clock.
import type { Response } from 'supertest';
import { InvoiceClock } from '../../src/modules/invoices/invoice-clock.js';
import type { TestApp } from './app.js';
import type { Actor } from './factories.js';
import { createRetainer, logTime } from './engagement.js';
import { gql } from './graphql.js';

export const INVOICE_FIELDS = `id kind number status periodMonth issueDate dueDate currency reverseCharge paidOn pdfPath ublPath
  client { id } creditedInvoice { id number }
  lines { description quantity unitCode unitPrice { amountMinor currency } net { amountMinor currency } vatRatePercent }
  netTotal { amountMinor currency } vatTotal { amountMinor currency } grossTotal { amountMinor currency }`;

export const GENERATE = `mutation ($month: Month!) { generateInvoices(month: $month) { ${INVOICE_FIELDS} } }`;
export const ISSUE = `mutation ($id: ID!) { issueInvoice(id: $id) { ${INVOICE_FIELDS} } }`;
export const PAY = `mutation ($id: ID!, $paidOn: Date!) { markInvoicePaid(id: $id, paidOn: $paidOn) { ${INVOICE_FIELDS} } }`;
export const CREDIT = `mutation ($id: ID!, $reason: String!) { creditInvoice(id: $id, reason: $reason) { ${INVOICE_FIELDS} } }`;
export const INVOICE = `query ($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
export const INVOICES = `query ($filter: InvoiceFilter, $first: Int, $after: String) {
  invoices(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${INVOICE_FIELDS} } } }`;

export const SELLER = {
  legalName: 'Morgan Fractional Consulting GmbH',
  addressLine: 'Torstraße 49',
  city: 'Berlin',
  postalCode: '10119',
  country: 'DE',
  vatId: 'DE312345678',
  invoiceNumberPrefix: 'INV-',
};

export async function setSellerDetails(app: TestApp, leader: Actor, overrides: Record<string, unknown> = {}): Promise<void> {
  await gql(app, `mutation ($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }`, { input: { ...SELLER, ...overrides } }, leader.token);
}

/** docs/rules.md's worked example: the retainer from 2026-01, the April amendment, and January–April's usage. */
export async function workedExample(app: TestApp, leader: Actor, clientId: string): Promise<{ id: string }> {
  const retainer = await createRetainer(app, leader, clientId, {
    title: 'Fractional CTO',
    startMonth: '2026-01',
    daysPerMonth: 4,
    monthlyFeeMinor: 400_000,
    rollover: 'CARRY_FORWARD',
    rolloverCapDays: 2,
    rolloverExpiryMonths: 2,
    overage: 'BILL',
    overageDayRateMinor: 150_000,
    vatRatePercent: 21,
    reverseCharge: false,
    paymentTermsDays: 14,
  });
  await gql(
    app,
    `mutation ($input: AmendAllocationInput!) { amendAllocation(input: $input) { id } }`,
    { input: { retainerId: retainer.id, effectiveMonth: '2026-04', daysPerMonth: 2, monthlyFeeMinor: 240_000 } },
    leader.token,
  );
  const usage: Array<[string, number]> = [
    ['2026-01-05', 480],
    ['2026-01-06', 480],
    ['2026-01-07', 480],
    ['2026-02-02', 480],
    ['2026-02-03', 480],
    ['2026-02-04', 240],
    ['2026-03-02', 480],
    ['2026-04-01', 480],
    ['2026-04-02', 480],
    ['2026-04-03', 480],
    ['2026-04-06', 480],
    ['2026-04-07', 480],
  ];
  for (const [date, minutes] of usage) await logTime(app, leader, retainer.id, date, minutes);
  return retainer;
}

/** A GET of a download with the actor's token, body as raw bytes. */
export function download(app: TestApp, path: string, actor?: Actor): Promise<Response> {
  let req = app.http
    .get(path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  if (actor) req = req.set('authorization', `Bearer ${actor.token}`);
  return req;
}

/** Sets invoicing's "now" for the rest of the test file (until reset with null). */
export function setNow(app: TestApp, instant: string | null): void {
  const clock = app.app.get(InvoiceClock);
  clock.now = instant === null ? () => new Date() : () => new Date(instant);
}
