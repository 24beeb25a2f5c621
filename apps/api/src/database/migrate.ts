// Applies pending migrations as the connecting (owner) role, before the API serves requests.
import { createDataSource } from './data-source.js';

export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = await createDataSource(databaseUrl, 1).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
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
