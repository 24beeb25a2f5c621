// Background jobs in PostgreSQL (pg-boss): no other server, and several app instances share one
// queue, each job run by one of them (pg-boss claims jobs with SELECT … FOR UPDATE SKIP LOCKED).
//
// Two sides, two connections:
// - Enqueueing happens in the request's own transaction (RequestScope.rows): a job exists exactly
//   when the change that caused it committed. allot_app holds only the grants that takes (see
//   install.ts).
// - Running jobs uses pg-boss's own small pool, as the owner (DATABASE_URL): claiming, completing,
//   retrying, expiring and its maintenance touch only its schema, and its maintenance needs the
//   owner (reindexing, retention). Handlers never get that pool: whatever they do to tenant data
//   they do through withUnitOfWork on the app's DataSource (allot_login → allot_app), as the actor
//   the job names, so row-level security applies to them like to a request.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PgBoss, type Db, type SendOptions } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { currentScope } from '../database/request-scope.js';
import { JOBS_SCHEMA, type QueueDefinition } from './queues.js';

export type JobHandler<T> = (data: T) => Promise<void>;

/** How long a stopping process lets running jobs finish before pg-boss fails them (to be retried). */
const STOP_TIMEOUT_MS = 20_000;

@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<QueueDefinition, JobHandler<never>>();
  private boss: PgBoss | null = null;
  private working = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Declares what runs a queue's jobs; called by the services that own them, while the app is built. */
  register<T>(queue: QueueDefinition, handler: JobHandler<T>): void {
    if (this.boss) throw new Error(`Register the handler of ${queue.name} before the app starts.`);
    this.handlers.set(queue, handler as JobHandler<never>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const worker = this.config.jobsWorker;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'allot-jobs',
      // The schema is installed (and migrated) before the app starts: see install.ts.
      migrate: false,
      // Maintenance and the cron clock only where jobs run; an enqueue-only process needs neither.
      supervise: worker,
      schedule: worker,
      useListenNotify: worker,
      registerInstance: worker,
      instanceName: 'allot',
    });
    boss.on('error', (error) => this.logger.error(`Job queue: ${error instanceof Error ? error.message : String(error)}`));
    await boss.start();
    this.boss = boss;
    if (worker) await this.startWorkers();
  }

  /**
   * Runs the registered handlers in this process. The app does so at start when JOBS_WORKER is
   * on; tests call it to start a stopped worker again.
   */
  async startWorkers(): Promise<void> {
    const boss = this.started();
    if (this.working) return;
    this.working = true;
    for (const [queue, handler] of this.handlers) {
      await boss.work<unknown>(queue.name, { localConcurrency: queue.localConcurrency, batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        await handler(job.data as never);
      });
    }
  }

  /** Stops taking jobs, and waits (up to STOP_TIMEOUT_MS) for those running to finish. */
  async stopWorkers(): Promise<void> {
    if (!this.boss || !this.working) return;
    this.working = false;
    for (const queue of this.handlers.keys()) await this.boss.offWork(queue.name, { wait: true });
  }

  /**
   * Enqueues a job in the current request's (or unit of work's) transaction: it commits with the
   * change that caused it, or vanishes with it. Outside a scope this throws, on purpose: a job
   * sent on a connection of its own could outlive a change that is then rolled back.
   */
  async send<T extends object>(queue: QueueDefinition, data: T, options: Omit<SendOptions, 'db'> = {}): Promise<string> {
    const scope = currentScope();
    const db: Db = { executeSql: async (text, values) => ({ rows: await scope.rows(text, values) }) };
    const id = await this.started().send(queue.name, data, { ...options, db });
    if (!id) throw new Error(`The ${queue.name} job was not created.`);
    return id;
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    this.working = false;
    // Graceful: running handlers finish (they still have the database: the DataSource closes after
    // this hook); what cannot finish in time is failed and retried by another instance or the next start.
    await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started (or has stopped).');
    return this.boss;
  }
}
