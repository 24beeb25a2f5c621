// One database transaction per request (or per background unit of work), opened lazily on first
// use. Every statement in it runs as the NOLOGIN role allot_app with the tenant settings set, so
// PostgreSQL row-level security applies even where a query forgot its workspace filter.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export type Role = 'LEADER' | 'ACCOUNTANT' | 'CLIENT_VIEWER';

export interface Principal {
  userId: string;
  membershipId: string;
  workspaceId: string;
  role: Role;
  clientId: string | null;
}

export interface TenantSettings {
  workspaceId?: string | null;
  clientId?: string | null;
  userId?: string | null;
  loginEmail?: string | null;
}

const SETTING_NAMES: Record<keyof TenantSettings, string> = {
  workspaceId: 'app.workspace_id',
  clientId: 'app.client_id',
  userId: 'app.user_id',
  loginEmail: 'app.login_email',
};

export class RequestScope {
  principal: Principal | null = null;
  /** Client IP, used by login throttling. */
  ip = 'unknown';
  private settings: TenantSettings = {};
  private runner: QueryRunner | null = null;
  private opening: Promise<EntityManager> | null = null;
  private finished = false;
  private readonly afterCommit: Array<() => void> = [];

  constructor(private readonly dataSource: DataSource) {}

  authenticate(principal: Principal): Promise<void> {
    this.principal = principal;
    return this.configure({
      workspaceId: principal.workspaceId,
      userId: principal.userId,
      clientId: principal.role === 'CLIENT_VIEWER' ? principal.clientId : null,
    });
  }

  /** Sets tenant settings now if the transaction is open, else when it opens. */
  async configure(settings: TenantSettings): Promise<void> {
    this.settings = { ...this.settings, ...settings };
    if (this.runner) await this.applySettings(this.runner, settings);
  }

  manager(): Promise<EntityManager> {
    if (this.finished) return Promise.reject(new Error('The request transaction has already ended.'));
    this.opening ??= this.open();
    return this.opening;
  }

  onCommit(callback: () => void): void {
    this.afterCommit.push(callback);
  }

  get isOpen(): boolean {
    return this.runner !== null && !this.finished;
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
      await this.applySettings(runner, this.settings);
    } catch (error) {
      await runner.release();
      throw error;
    }
    serialiseQueries(runner);
    this.runner = runner;
    return runner.manager;
  }

  private async applySettings(runner: QueryRunner, settings: TenantSettings): Promise<void> {
    const keys = Object.keys(settings) as Array<keyof TenantSettings>;
    if (keys.length === 0) return;
    const names = keys.map((key) => SETTING_NAMES[key]);
    const values = keys.map((key) => settings[key] ?? '');
    await runner.query('SELECT set_config(name, value, true) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [
      names,
      values,
    ]);
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
    try {
      if (commit) await runner.commitTransaction();
      else if (runner.isTransactionActive) await runner.rollbackTransaction();
    } catch (error) {
      if (commit && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // A rollback that fails means the connection is gone, and PostgreSQL rolls back a dead
      // connection's transaction itself: nothing is left to undo, and the caller is already failing.
      if (commit) throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
    if (!commit) return;
    for (const callback of this.afterCommit) callback();
  }
}

/**
 * A request's resolvers run concurrently but share one connection: queue their statements
 * explicitly instead of relying on node-postgres's deprecated implicit queue.
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const result = tail.then(() => query(...args));
    tail = result.catch(() => undefined);
    return result;
  };
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope {
  const scope = storage.getStore();
  if (!scope) throw new Error('No request scope: database access outside a request or unit of work.');
  return scope;
}

export function maybeCurrentScope(): RequestScope | undefined {
  return storage.getStore();
}

export function runInScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * Runs fn in its own transaction (seeding, tests, background work): commits when it resolves,
 * rolls back when it throws.
 */
export async function withUnitOfWork<T>(
  dataSource: DataSource,
  principal: Principal | null,
  fn: (scope: RequestScope) => Promise<T>,
): Promise<T> {
  const scope = new RequestScope(dataSource);
  if (principal) await scope.authenticate(principal);
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
