// The outbox: enqueueing a message (its row and its delivery job, in the caller's transaction) and
// listing a workspace's messages for its leader.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requireRole } from '../access/access-policy.js';
import { BadInputError } from '../common/errors.js';
import { db } from '../database/db.js';
import type { Principal } from '../database/request-scope.js';
import { CursorCodec, pageOf, type Page } from '../graphql/cursor.js';
import { JobQueue } from '../jobs/job-queue.js';
import { MAIL_QUEUE } from '../jobs/queues.js';
import type { RenderedMail } from './templates/layout.js';

export type OutboxStatus = 'QUEUED' | 'SENT' | 'FAILED' | 'NOT_SENT';

export interface OutboxMessage {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

/** What the delivery job carries: which message, of which workspace (the worker acts as that workspace's system). */
export interface MailJob {
  workspaceId: string;
  messageId: string;
}

interface OutboxRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
}

export const OUTBOX_COLUMNS = `id, kind, recipient, subject, html, text, status, attempts, last_error, created_at, updated_at, sent_at`;

export function outboxMessageOf(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    html: row.html,
    text: row.text,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** Newest first: the cursor holds the last message's (createdAt, id). */
const CURSOR = new CursorCodec('outbox', ['timestamp', 'uuid'] as const);

@Injectable()
export class OutboxService {
  constructor(private readonly jobs: JobQueue) {}

  /**
   * Records a message for a workspace and enqueues its delivery, both in the current transaction:
   * if the change that causes the message rolls back, neither exists; once it commits, both do,
   * and the delivery worker (of this instance or another) sends it.
   */
  async enqueue(workspaceId: string, kind: string, recipient: string, mail: RenderedMail): Promise<string> {
    const manager = await db();
    const id = randomUUID();
    await manager.query(`INSERT INTO outbox_messages (id, workspace_id, kind, recipient, subject, html, text) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      id,
      workspaceId,
      kind,
      recipient,
      mail.subject,
      mail.html,
      mail.text,
    ]);
    // The job's id is the message's: one message, one delivery job, even if enqueueing were repeated.
    await this.jobs.send<MailJob>(MAIL_QUEUE, { workspaceId, messageId: id }, { id });
    return id;
  }

  /** The workspace's messages, newest first. */
  async page(principal: Principal, first: number | null | undefined, after: string | null | undefined): Promise<Page<OutboxMessage>> {
    requireRole(principal, 'outbox.read');
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0) throw new BadInputError('first', 'first must be a whole number of at least 0.');
    const limit = Math.min(size, MAX_PAGE_SIZE);
    const cursor = CURSOR.decode(after);
    const manager = await db();
    const rows: OutboxRow[] = await manager.query(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox_messages
        WHERE workspace_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [principal.workspaceId, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    return pageOf(rows.map(outboxMessageOf), limit, (message) => CURSOR.encode(message.createdAt, message.id));
  }
}
