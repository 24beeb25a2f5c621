// Tenancy in depth: the database itself refuses to show one workspace's rows to another, even to
// a query that forgot its workspace filter, and a new table cannot forget row-level security.
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { RequestScope, withUnitOfWork } from '../src/database/request-scope.js';
import { loginRoleFacts } from '../src/database/login-role.js';
import { startTestApp, type TestApp } from './support/app.js';
import { testDatabaseUrl } from './support/database.js';
import { addMember, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql } from './support/graphql.js';

/** Tables that are not owned by one workspace; each still has row-level security. */
const NOT_WORKSPACE_OWNED: Record<string, string> = {
  migrations: 'schema bookkeeping, not reachable by allot_app',
  users: 'a person may belong to several workspaces; visible through memberships',
  workspaces: 'the tenant itself; its id is the workspace id',
  sessions: 'a person’s sign-ins, across their workspaces; visible to that person only',
};

describe('tenancy with row-level security', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let leaderA: Actor;
  let leaderB: Actor;
  let clientA1: { id: string };
  let clientA2: { id: string };
  let clientB: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = await createDataSource(testDatabaseUrl(), 2).initialize();
    leaderA = await signUpLeader(app);
    leaderB = await signUpLeader(app);
    clientA1 = await createClient(app, leaderA);
    clientA2 = await createClient(app, leaderA);
    clientB = await createClient(app, leaderB);
    await addMember(app, leaderA, 'CLIENT_VIEWER', clientA1.id);
    await addMember(app, leaderB, 'ACCOUNTANT');
    await gql(app, `mutation { inviteMember(input: { email: "pending@example.test", role: ACCOUNTANT }) { id } }`, {}, leaderA.token);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await app.close();
  });

  it('serves requests as a login role that is neither superuser nor owner, with no privilege outside a request transaction', async () => {
    const served = app.app.get(DataSource);
    const facts = await loginRoleFacts((sql) => served.query(sql));
    expect(facts).toEqual({ user: 'allot_login', superuser: false, bypassesRls: false, ownedTables: 0 });
    const [{ inherit }] = await served.query(`SELECT rolinherit AS inherit FROM pg_roles WHERE rolname = current_user`);
    expect(inherit).toBe(false);
    // A statement that escapes its transaction runs as allot_login alone: it may read nothing.
    for (const table of ['log_heads', 'log_entries', 'clients', 'invoices', 'time_entries']) {
      await expect(served.query(`SELECT count(*) FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(served.query(`UPDATE ${table} SET workspace_id = workspace_id`)).rejects.toThrow(/permission denied/);
    }
  });

  async function tables(): Promise<string[]> {
    const rows = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return rows.map((row: { tablename: string }) => row.tablename);
  }

  it('gives every tenant table workspace_id (NOT NULL, leading an index) and RLS policies with USING and WITH CHECK', async () => {
    const problems: string[] = [];
    for (const table of await tables()) {
      if (table === 'migrations') continue;
      const [{ rls }] = await dataSource.query(`SELECT relrowsecurity AS rls FROM pg_class WHERE oid = $1::regclass`, [table]);
      if (!rls) problems.push(`${table}: row-level security is not enabled`);
      const policies = await dataSource.query(`SELECT policyname, cmd, qual, with_check FROM pg_policies WHERE tablename = $1`, [table]);
      if (policies.length === 0) problems.push(`${table}: no policies`);
      const writable = policies.filter((p: { cmd: string }) => p.cmd === 'ALL');
      for (const policy of writable) {
        if (!policy.qual || !policy.with_check) problems.push(`${table}: policy ${policy.policyname} lacks USING or WITH CHECK`);
      }
      if (table in NOT_WORKSPACE_OWNED && table !== 'workspaces') continue;
      // Forced: even the owner (when it is not a superuser) meets the policies.
      const [{ forced }] = await dataSource.query(`SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = $1::regclass`, [table]);
      if (!forced) problems.push(`${table}: row-level security is not forced`);
      if (table in NOT_WORKSPACE_OWNED) continue;
      const column = await dataSource.query(
        `SELECT is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'workspace_id'`,
        [table],
      );
      if (column.length === 0) problems.push(`${table}: no workspace_id column`);
      else if (column[0].is_nullable !== 'NO') problems.push(`${table}: workspace_id is nullable`);
      const leading = await dataSource.query(
        `SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
          WHERE i.indrelid = $1::regclass AND a.attname = 'workspace_id'`,
        [table],
      );
      if (leading.length === 0) problems.push(`${table}: no index led by workspace_id`);
      if (!policies.some((p: { qual: string | null }) => p.qual?.includes('app_workspace_id()'))) {
        problems.push(`${table}: no policy filters on app_workspace_id()`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no row of any table to allot_app without tenant settings', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE allot_app');
      for (const table of await tables()) {
        if (table === 'migrations') continue;
        const [{ count }] = await runner.query(`SELECT count(*)::int AS count FROM "${table}"`);
        expect({ table, count }).toEqual({ table, count: 0 });
      }
      // The data is there: the owner (RLS bypassed) sees it.
      await runner.query('RESET ROLE');
      const [{ count }] = await runner.query(`SELECT count(*)::int AS count FROM clients`);
      expect(count).toBeGreaterThanOrEqual(3);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('keeps the migrations table away from allot_app', async () => {
    await expect(withUnitOfWork(dataSource, null, async (scope) => (await scope.manager()).query('SELECT * FROM migrations'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it("limits a workspace's request to its own rows even when a query forgets the workspace filter", async () => {
    const principalA = { userId: leaderA.userId, membershipId: 'n/a', workspaceId: leaderA.workspaceId, role: 'LEADER' as const, clientId: null };
    const ids = await withUnitOfWork(dataSource, principalA, async (scope: RequestScope) => {
      const manager = await scope.manager();
      return (await manager.query(`SELECT id FROM clients ORDER BY id`)).map((row: { id: string }) => row.id);
    });
    expect(ids.sort()).toEqual([clientA1.id, clientA2.id].sort());
    expect(ids).not.toContain(clientB.id);

    const members = await withUnitOfWork(dataSource, principalA, async (scope) =>
      (await scope.manager()).query(`SELECT DISTINCT workspace_id FROM memberships`),
    );
    expect(members).toEqual([{ workspace_id: leaderA.workspaceId }]);
  });

  it("limits a client viewer's request to their own client", async () => {
    const viewer = { userId: leaderA.userId, membershipId: 'n/a', workspaceId: leaderA.workspaceId, role: 'CLIENT_VIEWER' as const, clientId: clientA1.id };
    const ids = await withUnitOfWork(dataSource, viewer, async (scope) =>
      (await (await scope.manager()).query(`SELECT id FROM clients`)).map((row: { id: string }) => row.id),
    );
    expect(ids).toEqual([clientA1.id]);
    const invitations = await withUnitOfWork(dataSource, viewer, async (scope) => (await scope.manager()).query(`SELECT id FROM invitations`));
    expect(invitations).toEqual([]);
  });

  it("shows a client viewer their client's billable time entries only, even to a query without filters", async () => {
    const retainer = (
      await gql(
        app,
        `mutation ($input: CreateRetainerInput!) { createRetainer(input: $input) { id } }`,
        {
          input: {
            clientId: clientA1.id,
            title: 'CTO',
            role: 'CTO',
            startMonth: '2026-01',
            daysPerMonth: 2,
            monthlyFeeMinor: 100_000,
            overageDayRateMinor: 50_000,
            rollover: 'NONE',
            overage: 'BILL',
            vatRatePercent: 21,
            reverseCharge: false,
            paymentTermsDays: 14,
          },
        },
        leaderA.token,
      )
    ).createRetainer;
    const log = async (billable: boolean) =>
      (
        await gql(
          app,
          `mutation ($input: LogTimeInput!) { logTime(input: $input) { id } }`,
          {
            input: { retainerId: retainer.id, date: '2026-02-03', minutes: 30, category: 'ADVISORY', description: 'Review', billable },
          },
          leaderA.token,
        )
      ).logTime.id as string;
    const billable = await log(true);
    const nonBillable = await log(false);
    const read = (principal: Parameters<typeof withUnitOfWork>[1]) =>
      withUnitOfWork(dataSource, principal, async (scope) =>
        (await (await scope.manager()).query(`SELECT id FROM time_entries`)).map((row: { id: string }) => row.id),
      );
    const viewer = { userId: leaderA.userId, membershipId: 'n/a', workspaceId: leaderA.workspaceId, role: 'CLIENT_VIEWER' as const, clientId: clientA1.id };
    expect(await read(viewer)).toEqual([billable]);
    const leader = { ...viewer, role: 'LEADER' as const, clientId: null };
    expect((await read(leader)).sort()).toEqual([billable, nonBillable].sort());
  });

  it('refuses to write a row into another workspace (WITH CHECK)', async () => {
    const principalA = { userId: leaderA.userId, membershipId: 'n/a', workspaceId: leaderA.workspaceId, role: 'LEADER' as const, clientId: null };
    await expect(
      withUnitOfWork(dataSource, principalA, async (scope) =>
        (await scope.manager()).query(
          `INSERT INTO clients (workspace_id, name, legal_name, address_line, city, postal_code, country, billing_email, currency)
           VALUES ($1, 'Sneaky', 'Sneaky', 'a', 'b', 'c', 'DE', 'x@y.z', 'EUR')`,
          [leaderB.workspaceId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withUnitOfWork(dataSource, principalA, async (scope) =>
        (await scope.manager()).query(`UPDATE clients SET name = 'Hijacked' WHERE id = $1 RETURNING id`, [clientB.id]),
      ),
    ).resolves.toEqual([[], 0]);
  });

  it('lets only the leader write what a leader writes, whatever the application asks (write policies by role)', async () => {
    const as = (role: 'LEADER' | 'ACCOUNTANT' | 'CLIENT_VIEWER') => ({
      userId: leaderA.userId,
      membershipId: 'n/a',
      workspaceId: leaderA.workspaceId,
      role,
      clientId: role === 'CLIENT_VIEWER' ? clientA1.id : null,
    });
    const attempt = (role: 'LEADER' | 'ACCOUNTANT' | 'CLIENT_VIEWER', sql: string, params: unknown[] = []) =>
      withUnitOfWork(dataSource, as(role), async (scope) => {
        const result = await (await scope.manager()).query(sql, params);
        // A refused UPDATE or DELETE finds no row instead of failing: roll back so nothing stays.
        throw Object.assign(new Error('rolled back on purpose'), { result });
      }).catch((error: Error & { result?: unknown }) => (error.result !== undefined ? error.result : error.message));
    const insertClient = `INSERT INTO clients (workspace_id, name, legal_name, address_line, city, postal_code, country, billing_email, currency)
                          VALUES ($1, 'Sneaky', 'Sneaky', 'a', 'b', 'c', 'DE', 'x@y.z', 'EUR') RETURNING id`;
    expect(await attempt('ACCOUNTANT', insertClient, [leaderA.workspaceId])).toMatch(/row-level security/);
    expect(await attempt('CLIENT_VIEWER', insertClient, [leaderA.workspaceId])).toMatch(/row-level security/);
    expect(await attempt('LEADER', insertClient, [leaderA.workspaceId])).toHaveLength(1);
    for (const role of ['ACCOUNTANT', 'CLIENT_VIEWER'] as const) {
      expect(await attempt(role, `UPDATE clients SET billing_email = 'attacker@example.test' WHERE id = $1 RETURNING id`, [clientA1.id])).toEqual([[], 0]);
      expect(await attempt(role, `UPDATE workspaces SET invoice_number_prefix = 'X-' WHERE id = $1 RETURNING id`, [leaderA.workspaceId])).toEqual([[], 0]);
      expect(
        await attempt(
          role,
          `INSERT INTO invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
                             VALUES ($1, 'x@attacker.test', 'LEADER', repeat('a', 64), $2, now() + interval '1 day') RETURNING id`,
          [leaderA.workspaceId, leaderA.userId],
        ),
      ).toMatch(/row-level security/);
    }
    // A client viewer may comment on its own client's log, and write nothing else there.
    const entry = (kind: string, clientId: string) =>
      attempt(
        'CLIENT_VIEWER',
        `INSERT INTO log_entries (workspace_id, client_id, seq, kind, title, occurred_at, prev_hash, hash)
                                VALUES ($1, $2, 1, $3, 'x', date_trunc('milliseconds', now()), repeat('0', 64), repeat('1', 64)) RETURNING id`,
        [leaderA.workspaceId, clientId, kind],
      );
    expect(await entry('DECISION', clientA1.id)).toMatch(/row-level security/);
    expect(await entry('COMMENT', clientA2.id)).toMatch(/row-level security/);
    expect(await entry('COMMENT', clientA1.id)).toHaveLength(1);
    // An accountant reads nothing of the engagement: time, meetings, deliverables, the log.
    for (const table of ['time_entries', 'meetings', 'deliverables', 'log_entries', 'log_heads', 'action_item_states']) {
      const read = async (role: 'LEADER' | 'ACCOUNTANT') =>
        withUnitOfWork(dataSource, as(role), async (scope) => (await (await scope.manager()).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
      expect({ table, n: await read('ACCOUNTANT') }).toEqual({ table, n: 0 });
    }
    // Nobody but the database writes a chain head.
    expect(await attempt('LEADER', `UPDATE log_heads SET seq = seq + 1`)).toMatch(/permission denied/);
  });

  it('answers NOT_FOUND for ids of another workspace through the API', async () => {
    const result = await app.http
      .post('/graphql')
      .set('authorization', `Bearer ${leaderA.token}`)
      .send({ query: `query ($id: ID!) { client(id: $id) { name } }`, variables: { id: clientB.id } });
    expect(result.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(result.body.data.client).toBeNull();
  });
});
