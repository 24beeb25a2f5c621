// Delivers queued messages over SMTP (nodemailer), one job per message.
//
// Each delivery is one transaction, as the SYSTEM actor of the message's workspace (row-level
// security applies as to a request): lock the message, send it, record the outcome. Several app
// instances may run this worker; pg-boss hands a job to one of them, and the row lock plus the
// status check make a job that ran again (it expired under a process that died) skip a message
// already settled. What no queue can make atomic is SMTP and the commit: a process that dies after
// the server accepted the message but before the commit sends it again on the retry. Each message
// therefore carries a Message-ID derived from its outbox id, so mail systems can spot the twin.
//
// Without SMTP_URL (the embedded default) the worker still takes each job, and records the message
// as NOT_SENT: kept in the outbox, where the leader reads it.
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { isUuid } from '../common/iso.js';
import { db } from '../database/db.js';
import { withUnitOfWork } from '../database/request-scope.js';
import { JobQueue } from '../jobs/job-queue.js';
import { MAIL_QUEUE } from '../jobs/queues.js';
import type { MailJob, OutboxStatus } from './outbox.service.js';

/** Attempts before a message is given up as FAILED (a permanent SMTP refusal gives up at once). */
export const MAX_DELIVERY_ATTEMPTS = 5;

export const NO_SMTP = 'No SMTP server is configured (SMTP_URL): the message was kept here and not sent.';

// Under the transaction's idle_in_transaction_session_timeout (60 s) and the job's expiry.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

type Outcome = 'done' | { retry: string };

function describe(error: unknown): { message: string; permanent: boolean } {
  const smtp = error as { message?: string; responseCode?: number; response?: string };
  const code = typeof smtp.responseCode === 'number' ? smtp.responseCode : null;
  const message = (smtp.response || smtp.message || String(error)).slice(0, 1900);
  // 5xx is the server refusing this message for good (unknown recipient, rejected sender);
  // 4xx and network failures may pass later.
  return { message: code ? `SMTP ${code}: ${message}` : message, permanent: code !== null && code >= 500 && code < 600 };
}

@Injectable()
export class MailDelivery implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS } as never) : null;
  }

  onModuleInit(): void {
    this.jobs.register<MailJob>(MAIL_QUEUE, (job) => this.deliver(job));
  }

  async deliver(job: MailJob): Promise<void> {
    // A job's data is ours, but a malformed one must fail plainly, not reach SQL.
    if (!job || !isUuid(job.workspaceId) || !isUuid(job.messageId)) throw new Error('Malformed mail job.');
    const outcome = await withUnitOfWork(this.dataSource, { system: 'mail', workspaceId: job.workspaceId }, () => this.attempt(job));
    // Thrown after the unit of work committed the attempt: pg-boss retries the job later, with backoff.
    if (outcome !== 'done') throw new Error(outcome.retry);
  }

  private async attempt(job: MailJob): Promise<Outcome> {
    const manager = await db();
    const [message]: Array<{ id: string; recipient: string; subject: string; html: string; text: string; status: OutboxStatus; attempts: number }> =
      await manager.query(`SELECT id, recipient, subject, html, text, status, attempts FROM outbox_messages WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [
        job.workspaceId,
        job.messageId,
      ]);
    // Gone with its workspace, or settled by an earlier run of this job.
    if (!message || message.status !== 'QUEUED') return 'done';
    const record = (status: OutboxStatus, attempts: number, error: string | null) =>
      manager.query(
        `UPDATE outbox_messages SET status = $3, attempts = $4, last_error = $5, updated_at = now(),
                sent_at = CASE WHEN $3 = 'SENT' THEN now() END
          WHERE workspace_id = $1 AND id = $2`,
        [job.workspaceId, message.id, status, attempts, error],
      );
    if (!this.transport) {
      await record('NOT_SENT', message.attempts, NO_SMTP);
      return 'done';
    }
    const attempts = message.attempts + 1;
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: message.recipient,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: `<${message.id}@allot.outbox>`,
      });
    } catch (error) {
      const { message: reason, permanent } = describe(error);
      const final = permanent || attempts >= MAX_DELIVERY_ATTEMPTS;
      this.logger.warn(`Message ${message.id}: attempt ${attempts} failed${final ? ', giving up' : ''}: ${reason}`);
      await record(final ? 'FAILED' : 'QUEUED', attempts, reason);
      return final ? 'done' : { retry: reason };
    }
    await record('SENT', attempts, null);
    return 'done';
  }
}
