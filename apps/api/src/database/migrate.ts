// Applies pending migrations as the connecting (owner) role, before the API serves requests, then
// installs the job queue (pg-boss's own schema and migrations, the queues, allot_app's grants).
import { installJobQueue } from '../jobs/install.js';
import { createDataSource } from './data-source.js';
import { ensureLoginRole } from './login-role.js';

// Several processes may start at once (instances behind a load balancer, parallel test
// workers): a session advisory lock lets one migrate while the others wait, then find nothing
// left to do. The pool holds one connection, so the lock and the migrations share a session.
const MIGRATION_LOCK = 7_240_501;

/**
 * Applies pending migrations as the owner, then makes sure the login role the app serves with
 * can log in (see login-role.ts).
 */
export async function runMigrations(databaseUrl: string, explicitAppDatabaseUrl?: string): Promise<string[]> {
  const applied = await applyMigrations(databaseUrl);
  await ensureLoginRole(databaseUrl, explicitAppDatabaseUrl);
  return applied;
}

async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await createDataSource(databaseUrl, 1).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      await installJobQueue(databaseUrl, { query: (sql) => dataSource.query(sql) });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await dataSource.destroy();
  }
}

export async function revertAllMigrations(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource(databaseUrl, 1).initialize();
  try {
    while ((await dataSource.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
  } finally {
    await dataSource.destroy();
  }
}
