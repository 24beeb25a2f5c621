// Installs the job queue as the database owner, at start, right after the migrations (and under
// their advisory lock): pg-boss creates its schema the first time and migrates it when a newer
// pg-boss brings a newer one, the queues are created or brought up to their definitions, and
// allot_app gets exactly what enqueueing in a request transaction needs. Idempotent, so every
// start does it; several instances starting together serialise on the migration lock.
//
// Why not a TypeORM migration: pg-boss's schema belongs to the pg-boss version installed, which
// migrates its own tables (with its own lock); a migration frozen at one version would drift from
// it. The grants follow the schema, so they are (re)applied here too.
import { PgBoss } from 'pg-boss';
import { JOBS_SCHEMA, QUEUES } from './queues.js';

/**
 * What pg-boss's send() runs (an INSERT … SELECT … FROM json_to_recordset LEFT JOIN queue …
 * RETURNING id, start_after) needs, and no more: the queue's policy columns, inserting into the
 * shared job table and reading back the new job's id; job_now() is executable by everyone.
 */
export const ENQUEUE_GRANTS = [
  `GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO allot_app`,
  `GRANT SELECT (name, policy, retry_limit, retry_delay, retry_backoff, retry_delay_max, expire_seconds, retention_seconds,
                 deletion_seconds, dead_letter, heartbeat_seconds) ON ${JOBS_SCHEMA}.queue TO allot_app`,
  `GRANT INSERT ON ${JOBS_SCHEMA}.job_common TO allot_app`,
  `GRANT SELECT (id, start_after) ON ${JOBS_SCHEMA}.job_common TO allot_app`,
];

export async function installJobQueue(ownerUrl: string, owner: { query(sql: string): Promise<unknown> }): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOBS_SCHEMA,
    max: 2,
    application_name: 'allot-install-jobs',
    migrate: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
  });
  // Errors of start() reject it; this only keeps stray pool errors from ending the process.
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const queue of QUEUES) {
      const existing = await boss.getQueue(queue.name);
      if (!existing) {
        await boss.createQueue(queue.name, queue.options);
      } else {
        // Policy and partitioning are fixed at creation; the rest follows the definition.
        const { partition: _partition, policy: _policy, ...changeable } = queue.options;
        await boss.updateQueue(queue.name, changeable);
      }
    }
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
  for (const grant of ENQUEUE_GRANTS) await owner.query(grant);
}
