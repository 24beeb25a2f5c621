// The request scope's two promises, tested on their own: its principal is fixed once, and no
// statement reaches its connection after its transaction has ended.
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { RequestScope, TransactionEndedError } from '../src/database/request-scope.js';
import { testDatabaseUrl } from './support/database.js';
import { runMigrations } from '../src/database/migrate.js';

describe('request scope', () => {
  let dataSource: DataSource;
  const principal = {
    userId: crypto.randomUUID(),
    membershipId: crypto.randomUUID(),
    workspaceId: crypto.randomUUID(),
    role: 'LEADER' as const,
    clientId: null,
  };

  beforeAll(async () => {
    await runMigrations(testDatabaseUrl());
    dataSource = await createDataSource(testDatabaseUrl(), 2).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('takes one principal only, and sets the transaction up for it', async () => {
    const scope = new RequestScope(dataSource);
    await scope.authenticate(principal);
    await expect(scope.authenticate({ ...principal, role: 'ACCOUNTANT' })).rejects.toThrow(/cannot change/);
    expect(scope.principal?.role).toBe('LEADER');
    expect(() => Object.assign(scope.principal!, { role: 'ACCOUNTANT' })).toThrow();
    const [settings] = await (
      await scope.manager()
    ).query(`SELECT current_setting('app.workspace_id') AS w, current_setting('app.role') AS r, current_user AS u`);
    expect(settings).toEqual({ w: principal.workspaceId, r: 'LEADER', u: 'allot_app' });
    await scope.rollback();
  });

  it('refuses, before sending, every statement issued after the transaction ended, even one queued before', async () => {
    const scope = new RequestScope(dataSource);
    await scope.authenticate(principal);
    const manager = await scope.manager();
    const sent: string[] = [];
    const runner = manager.queryRunner!;
    const connection = (runner as unknown as { databaseConnection: { query: (...args: unknown[]) => unknown } }).databaseConnection;
    const original = connection.query.bind(connection);
    connection.query = (...args: unknown[]) => {
      sent.push(String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text));
      return original(...args);
    };
    // A slow statement in flight, one queued behind it, then the transaction ends (as a client
    // disconnect used to make it): the first finishes, the queued one must never be sent.
    const inFlight = manager.query('SELECT pg_sleep(0.2), 1 AS done');
    while (!sent.some((text) => text.includes('pg_sleep'))) await new Promise((resolve) => setTimeout(resolve, 1));
    const queued = manager.query(`SELECT 'queued behind the end' AS x`);
    const ending = scope.rollback();
    await expect(inFlight).resolves.toEqual([{ pg_sleep: '', done: 1 }]);
    await expect(queued).rejects.toBeInstanceOf(TransactionEndedError);
    await ending;
    // Released by now: TypeORM refuses too, before sending.
    await expect(manager.query('SELECT 1')).rejects.toThrow(/already ended|released/);
    await expect(scope.manager()).rejects.toBeInstanceOf(TransactionEndedError);
    expect(sent.filter((text) => /queued behind|^SELECT 1$/.test(text))).toEqual([]);
    expect(sent.at(-1)).toBe('ROLLBACK');
  });

  it('lets an abandoned scope roll back only once the operation holding it is over', async () => {
    const scope = new RequestScope(dataSource);
    await scope.authenticate(principal);
    scope.enter();
    const manager = await scope.manager();
    await scope.abandon();
    expect(scope.hasEnded).toBe(false);
    await expect(manager.query('SELECT 2 AS still')).resolves.toEqual([{ still: 2 }]);
    await scope.exit();
    expect(scope.hasEnded).toBe(true);
  });
});
