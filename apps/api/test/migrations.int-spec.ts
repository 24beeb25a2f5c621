// Migrations are the only way the schema changes: every one must apply to an empty database,
// revert cleanly, and apply again.
import pg from 'pg';
import { revertAllMigrations, runMigrations } from '../src/database/migrate.js';
import { migrations } from '../../../migrations/index.js';
import { siblingDatabaseUrl, testDatabaseUrl } from './support/database.js';

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function publicTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return rows.map((row) => row.tablename);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const name = `${new URL(testDatabaseUrl()).pathname.slice(1)}_migrations`;
  const url = siblingDatabaseUrl(name);

  beforeAll(() => admin((client) => client.query(`CREATE DATABASE "${name}"`)));
  afterAll(() => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('migrates an empty database up, all the way down, and up again', async () => {
    const applied = await runMigrations(url);
    expect(applied).toEqual(migrations.map((migration) => new migration().name));
    const tables = await publicTables(url);
    expect(tables).toEqual(expect.arrayContaining(['clients', 'memberships', 'users', 'workspaces']));

    await revertAllMigrations(url);
    expect(await publicTables(url)).toEqual(['migrations']);

    expect(await runMigrations(url)).toHaveLength(migrations.length);
    expect(await publicTables(url)).toEqual(tables);
    expect(await runMigrations(url)).toEqual([]);
  });
});
