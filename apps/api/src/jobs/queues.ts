// Every job queue, with its retry and expiry policy: one list, read by the installer (which creates
// and updates the queues as the owner) and by the workers. A new kind of background work adds a
// queue here and a handler (JobQueue.register); a scheduled one (a digest, a reminder) will add
// its cron next to its queue, so that installing keeps the schedule with the code that runs it.
import type { Queue } from 'pg-boss';

/** pg-boss's schema: its own, beside the app's tables in public. */
export const JOBS_SCHEMA = 'pgboss';

export interface QueueDefinition {
  name: string;
  options: Omit<Queue, 'name'>;
  /** How many of its jobs one process runs at once. */
  localConcurrency: number;
}

export const MAIL_QUEUE: QueueDefinition = {
  name: 'mail-delivery',
  options: {
    // One queue table shared with the others (job_common): the app's grant to enqueue stays one
    // fixed table, where a partitioned queue would get a table of its own at creation.
    partition: false,
    policy: 'standard',
    // The worker counts attempts itself and marks a message FAILED after its last one; pg-boss
    // retries beyond that only for failures before the attempt is recorded (the database away).
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    // A delivery is one SMTP conversation (bounded by the transport's timeouts, well under this):
    // a job still active after it belonged to a process that died, and runs again.
    expireInSeconds: 180,
    // Kept a week after completion, to look at; the outbox is the lasting record.
    deleteAfterSeconds: 7 * 24 * 3600,
    // Wakes a listening worker at commit instead of at its next poll.
    notify: true,
  },
  localConcurrency: 2,
};

export const QUEUES: readonly QueueDefinition[] = [MAIL_QUEUE];
