// The one DataSource. Migrations are the only way the schema changes: never synchronize.
import { DataSource } from 'typeorm';
import { migrations } from '../../../../migrations/index.js';
import { entities } from './entities.js';

export function createDataSource(databaseUrl: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      // A dead database must fail requests quickly instead of hanging them.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30000,
      idle_in_transaction_session_timeout: 60000,
    },
  });
}
