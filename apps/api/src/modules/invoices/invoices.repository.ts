// Every query of invoicing, each filtered by the caller's workspace (and, for a client viewer,
// their client and non-draft invoices) in SQL as well as by row-level security.
import type { Month } from '@allot/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { groupByKeys, byKeys, requestLoader } from '../../graphql/request-loaders.js';
import type { InvoiceLineDraft } from '@allot/domain';
import type { InvoiceKindValue, InvoiceParty, InvoiceStatusValue } from './invoice-document.js';
import { InvoiceEntity, InvoiceLineEntity } from './invoice.entity.js';

/** What the CSV export selects; clientId narrows it to one client (the web's filtered export). */
export interface ExportFilter {
  fromMonth: Month;
  toMonth: Month;
  status: readonly InvoiceStatusValue[];
  clientId?: string | null;
}

export interface InvoiceListFilter {
  clientId?: string | null;
  fromMonth?: Month | null;
  toMonth?: Month | null;
  status?: readonly InvoiceStatusValue[] | null;
}

export interface PageCursor {
  periodMonth: string;
  createdAt: string;
  id: string;
}

/** The invoice's stored amounts and terms, as a draft computes them. */
export interface DraftContent {
  currency: string;
  reverseCharge: boolean;
  paymentTermsDays: number;
  lines: readonly InvoiceLineDraft[];
  netTotalMinor: number;
  vatTotalMinor: number;
  grossTotalMinor: number;
}

const COLUMNS = `i.id, i.workspace_id, i.client_id, i.kind, i.status, i.number, i.period_month, i.issue_date::text AS issue_date,
  i.due_date::text AS due_date, i.currency, i.reverse_charge, i.payment_terms_days, i.net_total_minor, i.vat_total_minor,
  i.gross_total_minor, i.paid_on::text AS paid_on, i.credited_invoice_id, i.credit_reason, i.seller, i.buyer, i.issued_at,
  i.created_at, i.updated_at`;

interface InvoiceRow {
  id: string;
  workspace_id: string;
  client_id: string;
  kind: InvoiceKindValue;
  status: InvoiceStatusValue;
  number: string | null;
  period_month: string;
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  reverse_charge: boolean;
  payment_terms_days: number;
  net_total_minor: string;
  vat_total_minor: string;
  gross_total_minor: string;
  paid_on: string | null;
  credited_invoice_id: string | null;
  credit_reason: string | null;
  seller: InvoiceParty | null;
  buyer: InvoiceParty | null;
  issued_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function toEntity(row: InvoiceRow): InvoiceEntity {
  return Object.assign(new InvoiceEntity(), {
    id: row.id,
    workspaceId: row.workspace_id,
    clientId: row.client_id,
    kind: row.kind,
    status: row.status,
    number: row.number,
    periodMonth: row.period_month,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency,
    reverseCharge: row.reverse_charge,
    paymentTermsDays: row.payment_terms_days,
    netTotalMinor: Number(row.net_total_minor),
    vatTotalMinor: Number(row.vat_total_minor),
    grossTotalMinor: Number(row.gross_total_minor),
    paidOn: row.paid_on,
    creditedInvoiceId: row.credited_invoice_id,
    creditReason: row.credit_reason,
    seller: row.seller,
    buyer: row.buyer,
    issuedAt: row.issued_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** SQL conditions of the caller's scope over invoices aliased `i`; params are appended. */
function scopeSql(principal: Principal, params: unknown[]): string {
  params.push(principal.workspaceId);
  let sql = `i.workspace_id = $${params.length}`;
  if (principal.role === 'CLIENT_VIEWER') {
    params.push(principal.clientId);
    sql += ` AND i.client_id = $${params.length} AND i.status <> 'DRAFT'`;
  }
  return sql;
}

export class InvoicesRepository {
  /** Invoices by id in the caller's scope (others are absent); `forUpdate` row-locks them. */
  async findMany(principal: Principal, ids: readonly string[], forUpdate = false): Promise<InvoiceEntity[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const params: unknown[] = [];
    const where = scopeSql(principal, params);
    params.push(valid);
    const rows: InvoiceRow[] = await (
      await db()
    ).query(`SELECT ${COLUMNS} FROM invoices i WHERE ${where} AND i.id = ANY($${params.length}::uuid[])${forUpdate ? ' FOR UPDATE' : ''}`, params);
    return rows.map(toEntity);
  }

  async findOne(principal: Principal, id: string, forUpdate = false): Promise<InvoiceEntity | null> {
    return (await this.findMany(principal, [id], forUpdate))[0] ?? null;
  }

  /** The client's live invoice for the month (a draft, or an issued or paid one), row-locked. */
  async liveInvoiceForUpdate(principal: Principal, clientId: string, month: Month): Promise<InvoiceEntity | null> {
    const rows: InvoiceRow[] = await (
      await db()
    ).query(
      `SELECT ${COLUMNS} FROM invoices i
        WHERE i.workspace_id = $1 AND i.client_id = $2 AND i.period_month = $3 AND i.kind = 'INVOICE' AND i.status <> 'CREDITED'
        FOR UPDATE`,
      [principal.workspaceId, clientId, month],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** Inserts an empty draft unless a live invoice exists for the month (then returns null). */
  async insertDraft(principal: Principal, clientId: string, month: Month, content: DraftContent): Promise<string | null> {
    const id = randomUUID();
    const rows: Array<{ id: string }> = await (
      await db()
    ).query(
      `INSERT INTO invoices (id, workspace_id, client_id, kind, status, period_month, currency, reverse_charge, payment_terms_days,
                             net_total_minor, vat_total_minor, gross_total_minor)
       VALUES ($1, $2, $3, 'INVOICE', 'DRAFT', $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (workspace_id, client_id, period_month) WHERE kind = 'INVOICE' AND status <> 'CREDITED' DO NOTHING
       RETURNING id`,
      [
        id,
        principal.workspaceId,
        clientId,
        month,
        content.currency,
        content.reverseCharge,
        content.paymentTermsDays,
        content.netTotalMinor,
        content.vatTotalMinor,
        content.grossTotalMinor,
      ],
    );
    if (rows.length === 0) return null;
    await this.insertLines(principal.workspaceId, clientId, id, content.lines);
    return id;
  }

  /** Replaces a draft's lines and totals (the database refuses this for an issued invoice). */
  async rewriteDraft(invoice: InvoiceEntity, content: DraftContent): Promise<void> {
    const manager = await db();
    await manager.query(`DELETE FROM invoice_lines WHERE workspace_id = $1 AND invoice_id = $2`, [invoice.workspaceId, invoice.id]);
    await manager.query(
      `UPDATE invoices SET reverse_charge = $3, payment_terms_days = $4, net_total_minor = $5, vat_total_minor = $6,
                           gross_total_minor = $7, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND status = 'DRAFT'`,
      [invoice.workspaceId, invoice.id, content.reverseCharge, content.paymentTermsDays, content.netTotalMinor, content.vatTotalMinor, content.grossTotalMinor],
    );
    await this.insertLines(invoice.workspaceId, invoice.clientId, invoice.id, content.lines);
  }

  async insertLines(workspaceId: string, clientId: string, invoiceId: string, lines: readonly InvoiceLineDraft[]): Promise<void> {
    if (lines.length === 0) return;
    const manager = await db();
    await manager.insert(
      InvoiceLineEntity,
      lines.map((line, index) => ({
        workspaceId,
        clientId,
        invoiceId,
        position: index + 1,
        description: line.description,
        quantity: line.quantity,
        unitCode: line.unitCode,
        unitPriceMinor: line.unitPriceMinor,
        netMinor: line.netMinor,
        vatRatePercent: line.vatRatePercent,
        reverseCharge: line.reverseCharge,
      })),
    );
  }

  /** Deletes the month's drafts of clients not in `keepClientIds` (no retainer active any more). */
  async deleteStaleDrafts(principal: Principal, month: Month, keepClientIds: readonly string[]): Promise<void> {
    await (
      await db()
    ).query(
      `DELETE FROM invoices WHERE workspace_id = $1 AND period_month = $2 AND kind = 'INVOICE' AND status = 'DRAFT'
          AND NOT (client_id = ANY($3::uuid[]))`,
      [principal.workspaceId, month, [...keepClientIds]],
    );
  }

  /** The next number of the workspace's sequence for `year`, its row locked until commit. */
  async nextSequenceValue(workspaceId: string, year: number): Promise<number> {
    const manager = await db();
    await manager.query(
      `INSERT INTO invoice_number_sequences (workspace_id, year, last_value) VALUES ($1, $2, 0) ON CONFLICT (workspace_id, year) DO NOTHING`,
      [workspaceId, year],
    );
    const [row] = await manager.query(`SELECT last_value FROM invoice_number_sequences WHERE workspace_id = $1 AND year = $2 FOR UPDATE`, [workspaceId, year]);
    const next = Number(row.last_value) + 1;
    await manager.query(`UPDATE invoice_number_sequences SET last_value = $3 WHERE workspace_id = $1 AND year = $2`, [workspaceId, year, next]);
    return next;
  }

  async markIssued(
    invoice: InvoiceEntity,
    values: { number: string; issueDate: string; dueDate: string | null; seller: InvoiceParty; buyer: InvoiceParty },
  ): Promise<void> {
    await (
      await db()
    ).query(
      `UPDATE invoices SET status = 'ISSUED', number = $3, issue_date = $4, due_date = $5, seller = $6, buyer = $7,
                           issued_at = now(), updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND status = 'DRAFT'`,
      [invoice.workspaceId, invoice.id, values.number, values.issueDate, values.dueDate, JSON.stringify(values.seller), JSON.stringify(values.buyer)],
    );
  }

  async setStatus(invoice: InvoiceEntity, status: InvoiceStatusValue, paidOn?: string): Promise<void> {
    await (
      await db()
    ).query(`UPDATE invoices SET status = $3, paid_on = COALESCE($4::date, paid_on), updated_at = now() WHERE workspace_id = $1 AND id = $2`, [
      invoice.workspaceId,
      invoice.id,
      status,
      paidOn ?? null,
    ]);
  }

  /** Inserts a credit note as a draft reversing `original` (issued right after by the caller). */
  async insertCreditNoteDraft(original: InvoiceEntity, reason: string, content: DraftContent): Promise<string> {
    const id = randomUUID();
    await (
      await db()
    ).query(
      `INSERT INTO invoices (id, workspace_id, client_id, kind, status, period_month, currency, reverse_charge, payment_terms_days,
                             net_total_minor, vat_total_minor, gross_total_minor, credited_invoice_id, credit_reason)
       VALUES ($1, $2, $3, 'CREDIT_NOTE', 'DRAFT', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        original.workspaceId,
        original.clientId,
        original.periodMonth,
        content.currency,
        content.reverseCharge,
        content.paymentTermsDays,
        content.netTotalMinor,
        content.vatTotalMinor,
        content.grossTotalMinor,
        original.id,
        reason,
      ],
    );
    await this.insertLines(original.workspaceId, original.clientId, id, content.lines);
    return id;
  }

  /** A page of invoices, newest period first, with the count of all that match. */
  async page(principal: Principal, filter: InvoiceListFilter, limit: number, after: PageCursor | null): Promise<{ rows: InvoiceEntity[]; totalCount: number }> {
    const params: unknown[] = [];
    let where = scopeSql(principal, params);
    if (filter.clientId) {
      params.push(filter.clientId);
      where += ` AND i.client_id = $${params.length}`;
    }
    if (filter.fromMonth) {
      params.push(filter.fromMonth);
      where += ` AND i.period_month >= $${params.length}`;
    }
    if (filter.toMonth) {
      params.push(filter.toMonth);
      where += ` AND i.period_month <= $${params.length}`;
    }
    if (filter.status && filter.status.length > 0) {
      params.push([...new Set(filter.status)]);
      where += ` AND i.status = ANY($${params.length}::text[])`;
    }
    const manager = await db();
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM invoices i WHERE ${where}`, params);
    const pageParams = [...params];
    let pageWhere = where;
    if (after) {
      pageParams.push(after.periodMonth, after.createdAt, after.id);
      const n = pageParams.length;
      pageWhere += ` AND (i.period_month, i.created_at, i.id) < ($${n - 2}, $${n - 1}::timestamptz, $${n}::uuid)`;
    }
    pageParams.push(limit + 1);
    const rows: InvoiceRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM invoices i WHERE ${pageWhere}
        ORDER BY i.period_month DESC, i.created_at DESC, i.id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return { rows: rows.map(toEntity), totalCount: count };
  }

  /**
   * Invoices for the export, oldest period first, then by number, in batches (keyset on period,
   * number, id) so that a year of invoices never sits in memory at once.
   */
  async exportBatch(
    principal: Principal,
    filter: ExportFilter,
    after: { periodMonth: string; number: string; id: string } | null,
    limit: number,
  ): Promise<InvoiceEntity[]> {
    const params: unknown[] = [];
    let where = scopeSql(principal, params);
    params.push(filter.fromMonth, filter.toMonth, [...filter.status]);
    where += ` AND i.period_month BETWEEN $${params.length - 2} AND $${params.length - 1} AND i.status = ANY($${params.length}::text[])`;
    if (filter.clientId) {
      params.push(filter.clientId);
      where += ` AND i.client_id = $${params.length}::uuid`;
    }
    if (after) {
      params.push(after.periodMonth, after.number, after.id);
      const n = params.length;
      where += ` AND (i.period_month, COALESCE(i.number, ''), i.id) > ($${n - 2}, $${n - 1}, $${n}::uuid)`;
    }
    params.push(limit);
    const rows: InvoiceRow[] = await (
      await db()
    ).query(
      `SELECT ${COLUMNS} FROM invoices i WHERE ${where}
        ORDER BY i.period_month, COALESCE(i.number, ''), i.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toEntity);
  }

  async linesOf(workspaceId: string, invoiceIds: readonly string[], manager?: EntityManager): Promise<InvoiceLineEntity[][]> {
    if (invoiceIds.length === 0) return [];
    const rows = await (manager ?? (await db())).find(InvoiceLineEntity, {
      where: { workspaceId, invoiceId: In([...invoiceIds]) },
      order: { invoiceId: 'ASC', position: 'ASC' },
    });
    return groupByKeys(invoiceIds, rows, (row) => row.invoiceId);
  }
}

/** An invoice's lines, batched per request (RLS hides a viewer's draft lines; drafts never reach them). */
export function invoiceLinesLoader(principal: Principal, repository: InvoicesRepository) {
  return requestLoader<string, InvoiceLineEntity[]>('invoices.lines', (ids) => repository.linesOf(principal.workspaceId, ids));
}

/** Invoices by id in the caller's scope, batched per request. */
export function invoiceLoader(principal: Principal, repository: InvoicesRepository) {
  return requestLoader<string, InvoiceEntity | null>('invoices.byId', async (ids) => byKeys(ids, await repository.findMany(principal, ids), (row) => row.id));
}
