// The one DataSource. Migrations are the only way the schema changes: never synchronize.
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../../migrations/index.js';
import { entities } from './entities.js';

/**
 * node-postgres leaves one window in which a client has no 'error' listener: a new connection
 * whose ReadyForQuery and the server's FATAL (a shutdown, say) arrive in one read is handed out
 * by the pool before anyone listens, and an 'error' event without a listener ends the process.
 * This client always listens. The error still fails its queries, and the pool discards it.
 */
export class ListeningClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

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
      Client: ListeningClient,
      max: poolSize,
      // A dead database must fail requests quickly instead of hanging them.
      connectionTimeoutMillis: 5000,
      statement_timeout: 30000,
      // statement_timeout needs a server that answers; a frozen one (a network partition) is
      // bounded by the client's own timeout and by TCP keep-alive noticing the dead peer.
      query_timeout: 35000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10000,
      idle_in_transaction_session_timeout: 60000,
    },
  });
}
