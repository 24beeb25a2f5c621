// One database transaction per request (or per background unit of work), opened lazily on first
// use. Every statement in it runs as the NOLOGIN role allot_app with the tenant settings set, so
// PostgreSQL row-level security applies even where a query forgot its workspace filter.
//
// Two promises this class keeps, because a request's resolvers may still be running when its
// client goes away:
// - The principal is fixed once, when the request is authenticated, and the transaction's tenant
//   settings are derived from it alone: nothing later in the request can change who it acts as.
// - No statement is sent on the transaction's connection after the transaction ended: the query
//   path refuses before sending, and ending waits for the statement in flight.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export type Role = 'LEADER' | 'ACCOUNTANT' | 'CLIENT_VIEWER';

export interface Principal {
  userId: string;
  membershipId: string;
  workspaceId: string;
  role: Role;
  clientId: string | null;
  /** The sign-in session the request's token names (absent for background work and seeding). */
  sessionId?: string;
}

/**
 * Background work for one workspace that no person does: delivering its e-mail now, its scheduled
 * jobs later. Its transactions run with that workspace's settings and app.role = 'SYSTEM', a role
 * no membership can hold, which the policies grant only what such work needs (the outbox). It is
 * never a Principal, so no service that asks for one (requireAccess) can be called as it.
 */
export interface SystemActor {
  /** What the work is, for reading logs and code: 'mail', later 'scheduler'. */
  system: string;
  workspaceId: string;
}

/** Who a unit of work acts as: a member, (signing in, before a workspace is chosen) a user, or the system. */
export type Actor = Principal | { userId: string } | SystemActor;

function isPrincipal(actor: Actor): actor is Principal {
  return 'role' in actor;
}

function isSystem(actor: Actor): actor is SystemActor {
  return 'system' in actor;
}

const SETTING_NAMES = ['app.workspace_id', 'app.client_id', 'app.user_id', 'app.role'] as const;

function settingsOf(actor: Actor | null): string[] {
  if (!actor) return ['', '', '', ''];
  if (isSystem(actor)) return [actor.workspaceId, '', '', 'SYSTEM'];
  if (!isPrincipal(actor)) return ['', '', actor.userId, ''];
  return [actor.workspaceId, actor.role === 'CLIENT_VIEWER' ? (actor.clientId ?? '') : '', actor.userId, actor.role];
}

export class TransactionEndedError extends Error {
  constructor() {
    super('The request transaction has already ended: the statement was not sent.');
  }
}

export class RequestScope {
  private actor: Actor | null = null;
  /** Client IP (as far as trusted proxies say), for throttling and the session list. */
  ip = 'unknown';
  userAgent = '';
  /** Why the request's credentials were refused, when they were. */
  authenticationFailure: string | null = null;
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private finished = false;
  /** Set while end() sends its own COMMIT or ROLLBACK, the only statements allowed then. */
  private ending = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly afterCommit: Array<() => void> = [];
  private operations = 0;
  private abandoned = false;

  constructor(private readonly dataSource: DataSource) {}

  get principal(): Principal | null {
    return this.actor && isPrincipal(this.actor) ? this.actor : null;
  }

  /**
   * Fixes who this scope acts as: once only. When the transaction is open already (the session
   * lookup that authenticates a request runs in it), its settings change now, from nobody to this
   * principal, before any of the request's own statements.
   */
  async authenticate(actor: Actor): Promise<void> {
    if (this.actor) throw new Error('This request is authenticated already: its principal cannot change.');
    this.actor = Object.freeze({ ...actor });
    if (this.opening) await this.applySettings(await this.opening.then(() => this.runner!));
  }

  manager(): Promise<EntityManager> {
    if (this.finished) return Promise.reject(new TransactionEndedError());
    this.opening ??= this.open();
    return this.opening;
  }

  /**
   * One statement in this scope's transaction, answered with its rows whatever its command: for
   * libraries that bring their own SQL (pg-boss enqueues through this, so a job commits or rolls
   * back with the change that made it). Queued and guarded like every other statement.
   */
  async rows<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]> {
    const manager = await this.manager();
    const result = await manager.queryRunner!.query(text, values, true);
    return (result.records ?? []) as T[];
  }

  onCommit(callback: () => void): void {
    this.afterCommit.push(callback);
  }

  get hasEnded(): boolean {
    return this.finished;
  }

  /** An operation (a GraphQL request, a download) starts using this scope. */
  enter(): void {
    this.operations += 1;
  }

  /** The operation is over. An abandoned scope that nobody ended is rolled back now. */
  async exit(): Promise<void> {
    this.operations = Math.max(0, this.operations - 1);
    if (this.operations === 0 && this.abandoned) await this.rollback();
  }

  /**
   * The client went away. The operation still running decides (commit or roll back by the
   * normal rule); a scope no operation holds is rolled back at once.
   */
  async abandon(): Promise<void> {
    this.abandoned = true;
    if (this.operations === 0) await this.rollback();
  }

  async commit(): Promise<void> {
    await this.end(true);
  }

  async rollback(): Promise<void> {
    await this.end(false);
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE allot_app');
      await this.applySettings(runner);
    } catch (error) {
      await runner.release();
      throw error;
    }
    this.guardQueries(runner);
    this.runner = runner;
    return runner.manager;
  }

  private async applySettings(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT set_config(name, value, true) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [SETTING_NAMES, settingsOf(this.actor)]);
  }

  /**
   * A request's resolvers run concurrently but share one connection: queue their statements
   * explicitly, and refuse any that would be sent once the transaction has ended.
   */
  private guardQueries(runner: QueryRunner): void {
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
      const isEnd = this.ending && /^(COMMIT|ROLLBACK)$/.test(String(args[0]));
      const result = this.queue.then(() => {
        if (this.finished && !isEnd) throw new TransactionEndedError();
        return query(...args);
      });
      this.queue = result.catch(() => undefined);
      return result;
    };
  }

  private async end(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.opening) {
      try {
        await this.opening;
      } catch {
        return;
      }
    }
    const runner = this.runner;
    if (!runner) return;
    // The statement in flight finishes first; those queued behind it are refused (finished).
    await this.queue;
    this.ending = true;
    try {
      if (commit) await runner.commitTransaction();
      else if (runner.isTransactionActive) await runner.rollbackTransaction();
    } catch (error) {
      if (commit && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // A rollback that fails means the connection is gone, and PostgreSQL rolls back a dead
      // connection's transaction itself: nothing is left to undo, and the caller is already failing.
      if (commit) throw error;
    } finally {
      this.ending = false;
      await runner.release().catch(() => undefined);
    }
    if (!commit) return;
    for (const callback of this.afterCommit) callback();
  }
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope {
  const scope = storage.getStore();
  if (!scope) throw new Error('No request scope: database access outside a request or unit of work.');
  return scope;
}

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * Runs fn in its own transaction (seeding, tests, background work, and a sign-in once its
 * credentials are verified): commits when it resolves, rolls back when it throws.
 */
export async function withUnitOfWork<T>(dataSource: DataSource, actor: Actor | null, fn: (scope: RequestScope) => Promise<T>): Promise<T> {
  const scope = new RequestScope(dataSource);
  if (actor) await scope.authenticate(actor);
  return runInScope(scope, async () => {
    try {
      const result = await fn(scope);
      await scope.commit();
      return result;
    } catch (error) {
      await scope.rollback();
      throw error;
    }
  });
}
