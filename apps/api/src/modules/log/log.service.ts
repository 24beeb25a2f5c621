// The accountability log: per client, append-only and hash-chained exactly as docs/rules.md says
// (rules 19–24), so a client can recompute every hash from what the API shows them.
//
// Every append takes the client's chain head (log_heads, through lock_log_head) FOR UPDATE inside the caller's
// transaction, so concurrent appends for one client queue up and form one chain; the database
// also refuses an entry that does not link to its predecessor. Other modules append through
// `append` (meetings, invoicing, allocation amendments) inside their own request transaction.
import { requireAccess } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, hashLogEntry, isIsoDate, verifyChain, type ChainVerification } from '@allot/domain';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { CursorCodec, pageOf } from '../../graphql/cursor.js';
import { ClientsService } from '../clients/clients.service.js';
import { CHAIN_COLUMNS, chainedEntryOf, checkHead, type ChainRow } from './chain.js';
import type { ActionStatusValue, LogKindValue } from './log-entry.entity.js';
import { workspaceToday } from './workspace-today.js';

export const LOG_KINDS: readonly LogKindValue[] = ['DECISION', 'COMMITMENT', 'ACTION_ITEM', 'RISK', 'OUTCOME', 'NOTE', 'COMMENT', 'STATUS_CHANGE', 'SYSTEM'];

export const MAX_TITLE = 300;
export const MAX_BODY = 10_000;
export const MAX_OWNER = 200;
export const MAX_PAGE = 200;

/** An entry to append. STATUS_CHANGE entries are made by setActionItemStatus only. */
export interface NewLogEntry {
  clientId: string;
  kind: Exclude<LogKindValue, 'STATUS_CHANGE'>;
  title: string;
  body?: string | null;
  owner?: string | null;
  /** YYYY-MM-DD */
  dueDate?: string | null;
  refersToId?: string | null;
  /**
   * For backfills and the demo seed only: when it happened. Must not precede the client's last
   * entry (the log is in time order). Defaults to now; kept to the millisecond.
   */
  occurredAt?: Date;
}

/** A stored entry, with an action item's current status. */
export interface LogEntryRecord {
  id: string;
  workspaceId: string;
  clientId: string;
  seq: number;
  kind: LogKindValue;
  title: string;
  body: string;
  owner: string | null;
  dueDate: string | null;
  refersToId: string | null;
  authorId: string | null;
  occurredAt: Date;
  /** For STATUS_CHANGE: the status it set. */
  setsActionStatus: ActionStatusValue | null;
  /** For ACTION_ITEM: its status after every STATUS_CHANGE that refers to it; null otherwise. */
  actionStatus: ActionStatusValue | null;
  prevHash: string;
  hash: string;
}

export interface LogPage {
  nodes: LogEntryRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface ActionItemCounts {
  open: number;
  /** Open with a due date before today (workspace time zone). */
  overdue: number;
}

const STATUS_TITLE_PREFIX: Record<ActionStatusValue, string> = { OPEN: 'Reopened', DONE: 'Done', DROPPED: 'Dropped' };

const ENTRY_COLUMNS = `
  e.id, e.workspace_id, e.client_id, e.seq, e.kind, e.title, e.body, e.owner, e.due_date::text AS due_date,
  e.refers_to_id, e.author_id, e.occurred_at, e.action_status, e.prev_hash, e.hash,
  CASE WHEN e.kind = 'ACTION_ITEM' THEN COALESCE((
    SELECT st.status FROM action_item_states st WHERE st.workspace_id = e.workspace_id AND st.item_id = e.id), 'OPEN') END AS item_status`;

interface EntryRow {
  id: string;
  workspace_id: string;
  client_id: string;
  seq: number;
  kind: LogKindValue;
  title: string;
  body: string;
  owner: string | null;
  due_date: string | null;
  refers_to_id: string | null;
  author_id: string | null;
  occurred_at: Date;
  action_status: ActionStatusValue | null;
  prev_hash: string;
  hash: string;
  item_status: ActionStatusValue | null;
}

function toRecord(row: EntryRow): LogEntryRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    clientId: row.client_id,
    seq: Number(row.seq),
    kind: row.kind,
    title: row.title,
    body: row.body,
    owner: row.owner,
    dueDate: row.due_date,
    refersToId: row.refers_to_id,
    authorId: row.author_id,
    occurredAt: row.occurred_at,
    setsActionStatus: row.action_status,
    actionStatus: row.item_status,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Newest first: the cursor holds the seq of the last entry of the page. */
const CURSOR = new CursorCodec('accountabilityLog', ['seq']);

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (text.length === 0) return null;
  if (text.length > max) throw new BadInputError(field, `${field} must be at most ${max} characters.`);
  return text;
}

function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (text === null) throw new BadInputError(field, `${field} must not be empty.`);
  return text;
}

function truncateToMilliseconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime()));
}

interface ClientRef {
  workspaceId: string;
  clientId: string;
}

interface Head {
  seq: number;
  hash: string;
  occurredAt: Date | null;
}

@Injectable()
export class LogService {
  constructor(private readonly clients: ClientsService) {}

  /**
   * Appends an entry to the client's log inside the current transaction and returns it as stored.
   * `actor` is its author (null for an entry written by the system); SYSTEM entries never have an
   * author. No role rules here: callers decide who may write what. Throws NOT_FOUND for a client
   * or refersToId outside the current scope, BAD_USER_INPUT naming the field for bad values.
   */
  async append(actor: Principal | null, entry: NewLogEntry): Promise<LogEntryRecord> {
    if (!LOG_KINDS.includes(entry.kind) || entry.kind === ('STATUS_CHANGE' as LogKindValue)) {
      throw new BadInputError('kind', 'kind must be one of the log kinds; status changes are made with setActionItemStatus.');
    }
    const title = requiredText(entry.title, 'title', MAX_TITLE);
    const body = optionalText(entry.body, 'body', MAX_BODY) ?? '';
    const owner = optionalText(entry.owner, 'owner', MAX_OWNER);
    const dueDate = entry.dueDate ?? null;
    if (dueDate !== null && !isIsoDate(dueDate)) throw new BadInputError('dueDate', 'dueDate must be a calendar date YYYY-MM-DD.');
    if (entry.occurredAt !== undefined && Number.isNaN(entry.occurredAt.getTime())) {
      throw new BadInputError('occurredAt', 'occurredAt must be a valid point in time.');
    }
    const client = await this.clientInScope(actor, entry.clientId);
    const refersTo = entry.refersToId ? await this.referencedEntry(actor, client, entry.refersToId) : null;
    return this.insertChained(client, async (head) => {
      const occurredAt = this.nextOccurredAt(head, entry.occurredAt);
      return {
        kind: entry.kind,
        title,
        body,
        owner,
        dueDate,
        refersToId: refersTo?.id ?? null,
        authorId: entry.kind === 'SYSTEM' ? null : (actor?.userId ?? null),
        occurredAt,
        setsActionStatus: null,
      };
    });
  }

  /** appendLogEntry: the role rules of the contract, then append. */
  async appendAsUser(principal: Principal, input: Omit<NewLogEntry, 'occurredAt'>): Promise<LogEntryRecord> {
    await requireAccess(principal, 'log.append', 'Client', input.clientId);
    const kind = input.kind as LogKindValue;
    if (principal.role === 'CLIENT_VIEWER') {
      if (kind !== 'COMMENT') throw new ForbiddenError('A client viewer may only add comments to the log.');
    } else if (principal.role !== 'LEADER') {
      throw new ForbiddenError();
    }
    if (kind === 'STATUS_CHANGE') throw new BadInputError('kind', 'Change an action item’s status with setActionItemStatus.');
    if (kind === 'SYSTEM') throw new BadInputError('kind', 'SYSTEM entries are written by the system only.');
    if (kind === 'ACTION_ITEM' && !input.owner?.trim()) throw new BadInputError('owner', 'An action item needs an owner.');
    if (kind === 'COMMENT' && input.owner?.trim()) throw new BadInputError('owner', 'A comment has no owner.');
    if (kind === 'COMMENT' && input.dueDate) throw new BadInputError('dueDate', 'A comment has no due date.');
    return this.append(principal, input);
  }

  /**
   * Appends a STATUS_CHANGE entry referring to the action item `id` (leader). CONFLICT when the item
   * already has that status; BAD_USER_INPUT (field id) when the entry is not an action item.
   */
  async setActionItemStatus(
    principal: Principal,
    id: string,
    status: ActionStatusValue,
    note?: string | null,
    options: { occurredAt?: Date } = {},
  ): Promise<LogEntryRecord> {
    await requireAccess(principal, 'actionItem.setStatus', 'LogEntry', id);
    const body = optionalText(note, 'note', MAX_BODY) ?? '';
    const item = await this.get(principal, id);
    if (item.kind !== 'ACTION_ITEM') throw new BadInputError('id', 'Only an action item has a status: this entry is not an ACTION_ITEM.');
    const client = { workspaceId: item.workspaceId, clientId: item.clientId };
    return this.insertChained(client, async (head) => {
      // Read under the head lock, so two concurrent changes cannot both pass this check.
      const current = (await this.get(principal, item.id)).actionStatus;
      if (current === status) throw new ConflictError(`The action item is already ${status}.`);
      return {
        kind: 'STATUS_CHANGE',
        title: `${STATUS_TITLE_PREFIX[status]}: ${item.title}`,
        body,
        owner: null,
        dueDate: null,
        refersToId: item.id,
        authorId: principal.userId,
        occurredAt: this.nextOccurredAt(head, options.occurredAt),
        setsActionStatus: status,
      };
    });
  }

  /** One entry in the caller's scope; NOT_FOUND otherwise (malformed ids included). */
  async get(principal: Principal, id: string): Promise<LogEntryRecord> {
    const [entry] = await this.getMany(principal, [id]);
    if (!entry) throw new NotFoundError('Log entry');
    return entry;
  }

  /** Entries by id in the caller's scope (missing ones are left out). */
  async getMany(principal: Principal, ids: readonly string[]): Promise<LogEntryRecord[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const manager = await db();
    const params: unknown[] = [principal.workspaceId, valid];
    let sql = `SELECT ${ENTRY_COLUMNS} FROM log_entries e WHERE e.workspace_id = $1 AND e.id = ANY($2::uuid[])`;
    if (principal.role === 'CLIENT_VIEWER') {
      params.push(principal.clientId);
      sql += ` AND e.client_id = $3`;
    }
    const rows: EntryRow[] = await manager.query(sql, params);
    return rows.map(toRecord);
  }

  /** A page of a client's log, newest first (seq descending), optionally only some kinds. */
  async page(
    principal: Principal,
    clientId: string,
    options: { kinds?: readonly LogKindValue[] | null; first?: number | null; after?: string | null },
  ): Promise<LogPage> {
    const first = options.first ?? 50;
    if (!Number.isInteger(first) || first < 0) throw new BadInputError('first', 'first must be a whole number of at least 0.');
    const limit = Math.min(first, MAX_PAGE);
    const afterSeq = CURSOR.decode(options.after)?.[0] ?? null;
    const client = await this.clientInScope(principal, clientId);
    const manager = await db();
    const params: unknown[] = [client.workspaceId, client.clientId];
    let filter = `e.workspace_id = $1 AND e.client_id = $2`;
    if (options.kinds && options.kinds.length > 0) {
      params.push([...new Set(options.kinds)]);
      filter += ` AND e.kind = ANY($${params.length}::text[])`;
    }
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM log_entries e WHERE ${filter}`, params);
    const pageParams = [...params];
    let pageFilter = filter;
    if (afterSeq !== null) {
      pageParams.push(afterSeq);
      pageFilter += ` AND e.seq < $${pageParams.length}`;
    }
    pageParams.push(limit + 1);
    const rows: EntryRow[] = await manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM log_entries e WHERE ${pageFilter} ORDER BY e.seq DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return { ...pageOf(rows.map(toRecord), limit, (entry) => CURSOR.encode(entry.seq)), totalCount: count };
  }

  /**
   * Recomputes the client's chain from the stored rows with libs/domain's verifyChain, and checks
   * that the chain head still matches its last entry (entries cut off the end show up there).
   */
  async verify(principal: Principal, clientId: string): Promise<ChainVerification> {
    const client = await this.clientInScope(principal, clientId);
    const manager = await db();
    const rows: ChainRow[] = await manager.query(`SELECT ${CHAIN_COLUMNS} FROM log_entries e WHERE e.workspace_id = $1 AND e.client_id = $2 ORDER BY e.seq`, [
      client.workspaceId,
      client.clientId,
    ]);
    const result = verifyChain(rows.map(chainedEntryOf));
    if (!result.ok) return result;
    const [head] = await manager.query(`SELECT seq, hash FROM log_heads WHERE workspace_id = $1 AND client_id = $2`, [client.workspaceId, client.clientId]);
    const mismatch = checkHead(result, head ? { seq: Number(head.seq), hash: head.hash } : null);
    return mismatch ? { ...result, ok: false, firstBrokenSeq: mismatch.firstBrokenSeq } : result;
  }

  /** The client's chain head: the last entry's seq, hash and time (seq 0 and the genesis hash when empty). */
  async head(principal: Principal, clientId: string): Promise<{ seq: number; hash: string; occurredAt: Date | null }> {
    const client = await this.clientInScope(principal, clientId);
    const manager = await db();
    const [head] = await manager.query(`SELECT seq, hash, occurred_at FROM log_heads WHERE workspace_id = $1 AND client_id = $2`, [
      client.workspaceId,
      client.clientId,
    ]);
    return head ? { seq: Number(head.seq), hash: head.hash, occurredAt: head.occurred_at } : { seq: 0, hash: GENESIS_HASH, occurredAt: null };
  }

  /**
   * Open action items per client, and how many of them are overdue (due before `today`, by
   * default today in the workspace time zone). One query for any number of clients; clients
   * without open items are present with zeros.
   */
  async actionItemCounts(principal: Principal, clientIds: readonly string[], today?: string): Promise<Map<string, ActionItemCounts>> {
    const ids = [...new Set(clientIds.filter(isUuid))];
    const counts = new Map<string, ActionItemCounts>(ids.map((id) => [id, { open: 0, overdue: 0 }]));
    if (ids.length === 0) return counts;
    const day = today ?? (await workspaceToday(principal.workspaceId));
    const manager = await db();
    // action_item_states holds each item's current status (kept by a trigger on log_entries), so
    // this reads only the open items (action_item_states_open_idx), however long the log grows.
    const rows: Array<{ client_id: string; open: number; overdue: number }> = await manager.query(
      `SELECT a.client_id, count(*)::int AS open, count(*) FILTER (WHERE a.due_date < $3::date)::int AS overdue
         FROM action_item_states a
        WHERE a.workspace_id = $1 AND a.client_id = ANY($2::uuid[]) AND a.status = 'OPEN'
        GROUP BY a.client_id`,
      [principal.workspaceId, ids, day],
    );
    for (const row of rows) counts.set(row.client_id, { open: row.open, overdue: row.overdue });
    return counts;
  }

  /** The client if it is in the scope (the actor's, or for a system write the transaction's). */
  private async clientInScope(actor: Principal | null, clientId: string): Promise<ClientRef> {
    if (actor) {
      const client = await this.clients.get(actor, clientId);
      return { workspaceId: client.workspaceId, clientId: client.id };
    }
    if (!isUuid(clientId)) throw new NotFoundError('Client');
    const manager = await db();
    // Row-level security limits this to the workspace (and client) the transaction is set up for.
    const [row] = await manager.query(`SELECT workspace_id FROM clients WHERE id = $1`, [clientId]);
    if (!row) throw new NotFoundError('Client');
    return { workspaceId: row.workspace_id, clientId };
  }

  private async referencedEntry(actor: Principal | null, client: ClientRef, id: string): Promise<{ id: string }> {
    if (!isUuid(id)) throw new NotFoundError('Log entry');
    const manager = await db();
    const params: unknown[] = [client.workspaceId, id];
    let sql = `SELECT client_id FROM log_entries WHERE workspace_id = $1 AND id = $2`;
    if (actor?.role === 'CLIENT_VIEWER') {
      params.push(actor.clientId);
      sql += ` AND client_id = $3`;
    }
    const [row] = await manager.query(sql, params);
    if (!row) throw new NotFoundError('Log entry');
    if (row.client_id !== client.clientId) throw new BadInputError('refersToId', 'refersToId must be an entry of the same client’s log.');
    return { id };
  }

  private nextOccurredAt(head: Head, requested?: Date): Date {
    const last = head.occurredAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (requested) {
      const at = truncateToMilliseconds(requested);
      if (at.getTime() < last) throw new BadInputError('occurredAt', 'occurredAt must not precede the last entry of the log.');
      return at;
    }
    // The log stays in time order even if this server's clock is behind the one that wrote last.
    return new Date(Math.max(Date.now(), last));
  }

  private async lockHead(client: ClientRef): Promise<Head> {
    const manager = await db();
    // lock_log_head creates the head row when missing and locks it: appends to one chain queue
    // here. The head itself is advanced by the database, in the INSERT of the entry.
    const [head] = await manager.query(`SELECT seq, hash, occurred_at FROM lock_log_head($1, $2)`, [client.workspaceId, client.clientId]);
    return { seq: Number(head.seq), hash: head.hash, occurredAt: head.occurred_at };
  }

  private async insertChained(
    client: ClientRef,
    build: (head: Head) => Promise<Omit<LogEntryRecord, 'id' | 'workspaceId' | 'clientId' | 'seq' | 'prevHash' | 'hash' | 'actionStatus'>>,
  ): Promise<LogEntryRecord> {
    const head = await this.lockHead(client);
    const fields = await build(head);
    const entry = {
      ...fields,
      id: randomUUID(),
      workspaceId: client.workspaceId,
      clientId: client.clientId,
      seq: head.seq + 1,
      prevHash: head.hash,
    };
    const hash = hashLogEntry(entry.prevHash, entry);
    const manager = await db();
    await manager.query(
      `INSERT INTO log_entries (id, workspace_id, client_id, seq, kind, title, body, owner, due_date, refers_to_id, author_id,
                                occurred_at, action_status, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        entry.id,
        entry.workspaceId,
        entry.clientId,
        entry.seq,
        entry.kind,
        entry.title,
        entry.body,
        entry.owner,
        entry.dueDate,
        entry.refersToId,
        entry.authorId,
        entry.occurredAt,
        entry.setsActionStatus,
        entry.prevHash,
        hash,
      ],
    );
    return { ...entry, hash, actionStatus: entry.kind === 'ACTION_ITEM' ? 'OPEN' : null };
  }
}
