// Invoicing: monthly drafts from the retainers' fees and billed overage, issuing with a gapless
// number per workspace and year, payment, credit notes, and the documents the downloads render.
// Arithmetic comes from libs/domain; balances from the retainers' BalancesService; the month
// lock from MonthLockService; the SYSTEM log entry from LogService — all inside the caller's
// one transaction, so a failure anywhere leaves nothing behind (no number consumed either).
import { requireAccess, requireRole } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import {
  buildInvoiceDraft,
  creditNoteFrom,
  dateInTimeZone,
  formatInvoiceNumber,
  formatMonthLong,
  invoiceDueDate,
  isIsoDate,
  isMonth,
  type InvoiceRetainer,
  type Month,
} from '@allot/domain';
import { In } from 'typeorm';
import { withDomainErrors } from '../../common/domain-errors.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { ClientEntity, RetainerEntity, UserEntity, WorkspaceEntity } from '../../database/entities.js';
import { CursorCodec, pageOf } from '../../graphql/cursor.js';
import { clearRequestLoaders } from '../../graphql/request-loaders.js';
import { ClientsService } from '../clients/clients.service.js';
import { LogService } from '../log/log.service.js';
import { BalancesService } from '../retainers/balances.service.js';
import { MonthLockService } from '../retainers/month-lock.service.js';
import { RetainersService } from '../retainers/retainers.service.js';
import { amountsOf, formatMoney, issueProblems, type InvoiceDocument, type InvoiceParty, type InvoiceStatusValue } from './invoice-document.js';
import { InvoiceClock } from './invoice-clock.js';
import type { InvoiceEntity, InvoiceLineEntity } from './invoice.entity.js';
import { InvoicesRepository, type DraftContent, type ExportFilter, type InvoiceListFilter } from './invoices.repository.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
/** What the CSV export includes when no status is asked for: what is in the books. */
export const EXPORT_DEFAULT_STATUSES: readonly InvoiceStatusValue[] = ['ISSUED', 'PAID', 'CREDITED'];
export const INVOICE_STATUSES: readonly InvoiceStatusValue[] = ['DRAFT', 'ISSUED', 'PAID', 'CREDITED'];
const MAX_REASON = 500;

export interface InvoicePage {
  nodes: InvoiceEntity[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

/** Newest period first: the cursor holds the last invoice's (periodMonth, createdAt, id). */
const CURSOR = new CursorCodec('invoices', ['month', 'timestamp', 'uuid']);

export function checkMonth(value: unknown, field: string): Month {
  if (!isMonth(value)) throw new BadInputError(field, `${field} must be a month written YYYY-MM, like 2026-04.`);
  return value;
}

function lineDraft(line: InvoiceLineEntity) {
  return {
    description: line.description,
    quantity: line.quantity,
    unitCode: line.unitCode,
    unitPriceMinor: line.unitPriceMinor,
    netMinor: line.netMinor,
    vatRatePercent: line.vatRatePercent,
    reverseCharge: line.reverseCharge,
  };
}

@Injectable()
export class InvoicesService {
  readonly repository = new InvoicesRepository();

  constructor(
    private readonly clients: ClientsService,
    private readonly retainers: RetainersService,
    private readonly balances: BalancesService,
    private readonly locks: MonthLockService,
    private readonly log: LogService,
    private readonly clock: InvoiceClock,
  ) {}

  // --- Reads -------------------------------------------------------------------------------

  /** The invoice if it is in the caller's scope (a viewer's own client, never a draft); NOT_FOUND otherwise. */
  async get(principal: Principal, id: string): Promise<InvoiceEntity> {
    const invoice = isUuid(id) ? await this.repository.findOne(principal, id) : null;
    if (!invoice) throw new NotFoundError('Invoice');
    return invoice;
  }

  async page(
    principal: Principal,
    filter: InvoiceListFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<InvoicePage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0) throw new BadInputError('first', 'first must be a whole number of at least 0.');
    const limit = Math.min(size, MAX_PAGE_SIZE);
    const key = CURSOR.decode(after);
    const cursor = key && { periodMonth: key[0], createdAt: key[1], id: key[2] };
    const checked: InvoiceListFilter = { ...filter };
    if (checked.fromMonth) checkMonth(checked.fromMonth, 'fromMonth');
    if (checked.toMonth) checkMonth(checked.toMonth, 'toMonth');
    if (checked.fromMonth && checked.toMonth && checked.toMonth < checked.fromMonth) {
      throw new BadInputError('toMonth', `toMonth (${checked.toMonth}) must not be before fromMonth (${checked.fromMonth}).`);
    }
    // A client outside the caller's scope is NOT_FOUND, as everywhere.
    if (checked.clientId) await this.clients.get(principal, checked.clientId);
    const { rows, totalCount } = await this.repository.page(principal, checked, limit, cursor);
    return { ...pageOf(rows, limit, (invoice) => CURSOR.encode(invoice.periodMonth, invoice.createdAt, invoice.id)), totalCount };
  }

  /** Everything a PDF or UBL rendering of the invoice needs. */
  async document(principal: Principal, id: string): Promise<InvoiceDocument> {
    const invoice = await this.get(principal, id);
    const [lines] = await this.repository.linesOf(invoice.workspaceId, [invoice.id]);
    const parties = invoice.seller && invoice.buyer ? { seller: invoice.seller, buyer: invoice.buyer } : await this.currentParties(principal, invoice.clientId);
    const credited = invoice.creditedInvoiceId ? await this.repository.findOne(principal, invoice.creditedInvoiceId) : null;
    return {
      kind: invoice.kind,
      status: invoice.status,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      periodMonth: invoice.periodMonth,
      currency: invoice.currency,
      reverseCharge: invoice.reverseCharge,
      paymentTermsDays: invoice.paymentTermsDays,
      ...parties,
      amounts: amountsOf((lines ?? []).map(lineDraft)),
      paidOn: invoice.paidOn,
      creditedInvoice: credited?.number && credited.issueDate ? { number: credited.number, issueDate: credited.issueDate } : null,
      creditReason: invoice.creditReason,
    };
  }

  // --- Drafts ------------------------------------------------------------------------------

  /**
   * Makes or refreshes the DRAFT of every client with a retainer active in `month`; issued
   * invoices stay as they are. Returns the month's live invoice of each such client.
   */
  async generate(principal: Principal, month: string): Promise<InvoiceEntity[]> {
    requireRole(principal, 'invoice.write');
    checkMonth(month, 'month');
    const manager = await db();
    const retainers = await manager
      .createQueryBuilder(RetainerEntity, 'r')
      .where('r.workspace_id = :workspaceId', { workspaceId: principal.workspaceId })
      .andWhere('r.start_month <= :month AND (r.end_month IS NULL OR r.end_month >= :month)', { month })
      .orderBy('r.client_id')
      .getMany();
    const clientIds = [...new Set(retainers.map((retainer) => retainer.clientId))];
    const ids: string[] = [];
    for (const clientId of clientIds) {
      const live = await this.repository.liveInvoiceForUpdate(principal, clientId, month);
      if (live && live.status !== 'DRAFT') {
        ids.push(live.id);
        continue;
      }
      const content = await this.draftContent(principal, clientId, month);
      if (live) {
        await this.repository.rewriteDraft(live, content);
        ids.push(live.id);
        continue;
      }
      const inserted = await this.repository.insertDraft(principal, clientId, month, content);
      if (inserted) ids.push(inserted);
      else {
        // A concurrent generateInvoices made it first: refresh theirs once they commit.
        const theirs = await this.repository.liveInvoiceForUpdate(principal, clientId, month);
        if (theirs?.status === 'DRAFT') await this.repository.rewriteDraft(theirs, content);
        if (theirs) ids.push(theirs.id);
      }
    }
    await this.repository.deleteStaleDrafts(principal, month, clientIds);
    clearRequestLoaders();
    const invoices = await this.repository.findMany(principal, ids);
    const names = new Map(
      (await manager.find(ClientEntity, { where: { workspaceId: principal.workspaceId }, select: { id: true, name: true } })).map((c) => [
        c.id,
        c.name.toLowerCase(),
      ]),
    );
    return invoices.sort((a, b) => (names.get(a.clientId) ?? '').localeCompare(names.get(b.clientId) ?? '') || a.id.localeCompare(b.id));
  }

  /** The client's invoice for the month as libs/domain computes it from the retainers now. */
  private async draftContent(principal: Principal, clientId: string, month: Month): Promise<DraftContent> {
    const manager = await db();
    const [workspace, client] = await Promise.all([
      manager.findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } }),
      manager.findOneOrFail(ClientEntity, { where: { id: clientId, workspaceId: principal.workspaceId } }),
    ]);
    const active = await this.retainers.activeIn(principal, clientId, month);
    if (active.length === 0) throw new ConflictError(`The client has no retainer active in ${month}: there is nothing to invoice.`);
    const balances = await this.balances.retainerMonthBalances(principal, active, month);
    const retainers: InvoiceRetainer[] = await Promise.all(
      active.map(async (retainer) => ({
        title: retainer.title,
        terms: { ...(await this.retainers.terms(principal, retainer)), overage: retainer.overage },
        overageDayRateMinor: retainer.overageDayRateMinor,
        vatRatePercent: retainer.vatRatePercent,
        reverseCharge: retainer.reverseCharge,
        overageMinutes: balances.get(retainer.id)?.overageMinutes ?? 0,
      })),
    );
    const draft = withDomainErrors(() => buildInvoiceDraft({ month, currency: client.currency, minutesPerDay: workspace.minutesPerDay, retainers }));
    return {
      currency: draft.currency,
      reverseCharge: draft.reverseCharge,
      // Several retainers with different terms: the invoice is due by the earliest of them.
      paymentTermsDays: Math.min(...active.map((retainer) => retainer.paymentTermsDays)),
      lines: draft.lines,
      netTotalMinor: draft.netTotalMinor,
      vatTotalMinor: draft.vatTotalMinor,
      grossTotalMinor: draft.grossTotalMinor,
    };
  }

  // --- Issuing, paying, crediting --------------------------------------------------------

  /**
   * Issues a DRAFT: locks the client's months through its period (so no time can be logged under
   * it any more), recomputes it from the now-frozen month, takes the next number of the
   * workspace's sequence for the issue year, freezes it and logs it.
   */
  async issue(principal: Principal, id: string): Promise<InvoiceEntity> {
    await requireAccess(principal, 'invoice.write', 'Invoice', id);
    const invoice = await this.forUpdate(principal, id);
    if (invoice.status !== 'DRAFT') {
      throw new ConflictError(`${invoice.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'} ${invoice.number} is already issued.`);
    }
    // The client row's lock waits for any time entry being written for the client right now.
    await this.locks.lockClientThrough(principal, invoice.clientId, invoice.periodMonth);
    clearRequestLoaders();
    const content = await this.draftContent(principal, invoice.clientId, invoice.periodMonth);
    const parties = await this.currentParties(principal, invoice.clientId);
    const problems = issueProblems({ ...parties, amounts: amountsOf(content.lines) });
    if (problems.length > 0) throw new ConflictError(`Before issuing, add ${problems.join(', ')}.`);
    await this.repository.rewriteDraft(invoice, content);

    const workspace = await (await db()).findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } });
    const issueDate = dateInTimeZone(this.clock.now(), workspace.timezone);
    const dueDate = invoiceDueDate(issueDate, content.paymentTermsDays);
    // Last, so the sequence row stays locked for as short a time as possible.
    const number = await this.takeNumber(workspace, issueDate);
    await this.repository.markIssued(invoice, { number, issueDate, dueDate, ...parties });
    await this.log.append(null, {
      clientId: invoice.clientId,
      kind: 'SYSTEM',
      title: `Invoice ${number} issued`,
      body: `${formatMonthLong(invoice.periodMonth)}: ${formatMoney(content.grossTotalMinor, content.currency)} ${content.currency} including VAT, due ${dueDate}.`,
    });
    clearRequestLoaders();
    return this.get(principal, invoice.id);
  }

  /** Records payment of an issued invoice (leader or accountant). */
  async markPaid(principal: Principal, id: string, paidOn: string): Promise<InvoiceEntity> {
    await requireAccess(principal, 'invoice.markPaid', 'Invoice', id);
    if (!isIsoDate(paidOn)) throw new BadInputError('paidOn', 'paidOn must be a calendar date YYYY-MM-DD.');
    const invoice = await this.forUpdate(principal, id);
    if (invoice.status === 'DRAFT') throw new ConflictError('A draft cannot be paid: issue it first.');
    if (invoice.status === 'PAID') throw new ConflictError(`${invoice.number} is already paid (on ${invoice.paidOn}).`);
    if (invoice.status === 'CREDITED') throw new ConflictError(`${invoice.number} has been credited: there is nothing to pay.`);
    // Worded for the person typing the date (the field is named in extensions.field).
    if (paidOn < invoice.issueDate!) throw new BadInputError('paidOn', `The payment date cannot be before the issue date, ${invoice.issueDate}.`);
    const workspace = await (await db()).findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } });
    const today = dateInTimeZone(this.clock.now(), workspace.timezone);
    if (paidOn > today) throw new BadInputError('paidOn', `The payment date cannot be in the future: today is ${today}.`);
    await this.repository.setStatus(invoice, 'PAID', paidOn);
    clearRequestLoaders();
    return this.get(principal, invoice.id);
  }

  /** Reverses an issued (or paid) invoice with a credit note numbered from the same sequence. */
  async credit(principal: Principal, id: string, reason: string): Promise<InvoiceEntity> {
    await requireAccess(principal, 'invoice.write', 'Invoice', id);
    const why = (reason ?? '').trim();
    if (why.length === 0) throw new BadInputError('reason', 'reason must say why the invoice is credited.');
    if (why.length > MAX_REASON) throw new BadInputError('reason', `reason must be at most ${MAX_REASON} characters.`);
    const original = await this.forUpdate(principal, id);
    if (original.kind === 'CREDIT_NOTE') throw new ConflictError(`${original.number} is a credit note: it cannot be credited.`);
    if (original.status === 'DRAFT') throw new ConflictError('A draft is not issued: there is nothing to credit. Generate it again or leave it.');
    if (original.status === 'CREDITED') throw new ConflictError(`${original.number} has already been credited.`);
    const [lines] = await this.repository.linesOf(original.workspaceId, [original.id]);
    const reversed = creditNoteFrom(amountsOf((lines ?? []).map(lineDraft)));
    const creditId = await this.repository.insertCreditNoteDraft(original, why, {
      currency: original.currency,
      reverseCharge: original.reverseCharge,
      paymentTermsDays: original.paymentTermsDays,
      lines: reversed.lines,
      netTotalMinor: reversed.netTotalMinor,
      vatTotalMinor: reversed.vatTotalMinor,
      grossTotalMinor: reversed.grossTotalMinor,
    });
    await this.repository.setStatus(original, 'CREDITED');
    const draft = (await this.repository.findOne(principal, creditId))!;
    const workspace = await (await db()).findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } });
    const issueDate = dateInTimeZone(this.clock.now(), workspace.timezone);
    const number = await this.takeNumber(workspace, issueDate);
    // The credit note names the same parties as the invoice it reverses.
    await this.repository.markIssued(draft, { number, issueDate, dueDate: null, seller: original.seller!, buyer: original.buyer! });
    await this.log.append(null, {
      clientId: original.clientId,
      kind: 'SYSTEM',
      title: `Credit note ${number} issued for invoice ${original.number}`,
      body: why,
    });
    clearRequestLoaders();
    return this.get(principal, creditId);
  }

  private async forUpdate(principal: Principal, id: string): Promise<InvoiceEntity> {
    const invoice = isUuid(id) ? await this.repository.findOne(principal, id, true) : null;
    if (!invoice) throw new NotFoundError('Invoice');
    return invoice;
  }

  private async takeNumber(workspace: WorkspaceEntity, issueDate: string): Promise<string> {
    const year = Number(issueDate.slice(0, 4));
    const sequence = await this.repository.nextSequenceValue(workspace.id, year);
    return formatInvoiceNumber(workspace.invoiceNumberPrefix, year, sequence);
  }

  /** Seller (the workspace, reachable at the issuing leader's e-mail) and buyer (the client) now. */
  private async currentParties(principal: Principal, clientId: string): Promise<{ seller: InvoiceParty; buyer: InvoiceParty }> {
    const manager = await db();
    const [workspace, client, user] = await Promise.all([
      manager.findOneOrFail(WorkspaceEntity, { where: { id: principal.workspaceId } }),
      manager.findOne(ClientEntity, { where: { id: clientId, workspaceId: principal.workspaceId } }),
      manager.findOne(UserEntity, { where: { id: principal.userId }, select: { id: true, email: true } }),
    ]);
    if (!client) throw new NotFoundError('Client');
    return {
      seller: {
        legalName: workspace.legalName || workspace.name,
        name: workspace.name,
        addressLine: workspace.addressLine,
        city: workspace.city,
        postalCode: workspace.postalCode,
        country: workspace.country,
        vatId: workspace.vatId,
        email: principal.role === 'LEADER' ? (user?.email ?? null) : null,
      },
      buyer: {
        legalName: client.legalName,
        name: client.name,
        addressLine: client.addressLine,
        city: client.city,
        postalCode: client.postalCode,
        country: client.country,
        vatId: client.vatId,
        email: client.billingEmail,
      },
    };
  }

  /**
   * Streams the invoices of a period to `write`, batch by batch, as CSV rows (see csv.export.ts);
   * `write` resolves when the consumer is ready for more.
   */
  /** NOT_FOUND unless the client is in the caller's scope (checked before a download starts). */
  async requireClient(principal: Principal, clientId: string): Promise<void> {
    await this.clients.get(principal, clientId);
  }

  async exportInvoices(
    principal: Principal,
    filter: ExportFilter,
    write: (invoice: InvoiceEntity, lines: InvoiceLineEntity[], client: { legalName: string; vatId: string | null }) => Promise<boolean>,
    batchSize = 200,
  ): Promise<void> {
    let after: { periodMonth: string; number: string; id: string } | null = null;
    const clients = new Map<string, { legalName: string; vatId: string | null }>();
    for (;;) {
      const batch = await this.repository.exportBatch(principal, filter, after, batchSize);
      if (batch.length === 0) return;
      const lines = await this.repository.linesOf(
        principal.workspaceId,
        batch.map((invoice) => invoice.id),
      );
      const missing = [...new Set(batch.filter((i) => !i.buyer && !clients.has(i.clientId)).map((i) => i.clientId))];
      if (missing.length > 0) {
        const rows = await (await db()).find(ClientEntity, { where: { id: In(missing), workspaceId: principal.workspaceId } });
        for (const row of rows) if (row.workspaceId === principal.workspaceId) clients.set(row.id, { legalName: row.legalName, vatId: row.vatId });
      }
      for (const [index, invoice] of batch.entries()) {
        const client = invoice.buyer
          ? { legalName: invoice.buyer.legalName, vatId: invoice.buyer.vatId }
          : (clients.get(invoice.clientId) ?? { legalName: '', vatId: null });
        const more = await write(invoice, lines[index] ?? [], client);
        if (!more) return;
      }
      const last = batch[batch.length - 1]!;
      after = { periodMonth: last.periodMonth, number: last.number ?? '', id: last.id };
      if (batch.length < batchSize) return;
    }
  }
}
