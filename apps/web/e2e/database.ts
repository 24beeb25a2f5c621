// A fresh database for every end-to-end run, so that the demo is seeded anew and the tests that
// change it (issue an invoice, accept a deliverable, mark an invoice paid) see the same starting
// point each time. With DATABASE_URL set (npm test, CI) it is made beside that database on the same
// server; otherwise on an embedded PostgreSQL cluster of its own (.data/pg-e2e), so that it never
// competes with a running `npm start` for the `pg` cluster's data directory. Dropped afterwards
// unless KEEP_E2E_DB=true.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface EmbeddedCluster {
  url(database: string): string;
  stop(): Promise<void>;
}
interface EmbeddedPostgresModule {
  startEmbeddedPostgres(options: {
    dataRoot: string;
    name: string;
    log?: (line: string) => void;
  }): Promise<EmbeddedCluster>;
}

export interface FreshDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<FreshDatabase> {
  let embedded: EmbeddedCluster | null = null;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    adminUrl = admin.toString();
  } else {
    // A plain .mjs script of the repository (no type declarations): imported by URL.
    const module = (await import(
      pathToFileURL(path.join(root, 'scripts/embedded-postgres.mjs')).href
    )) as EmbeddedPostgresModule;
    embedded = await module.startEmbeddedPostgres({ dataRoot: path.join(root, '.data'), name: 'pg-e2e' });
    adminUrl = embedded.url('postgres');
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `allot_e2e_test_${stamp}_${randomBytes(3).toString('hex')}`;
  try {
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      try {
        if (process.env.KEEP_E2E_DB !== 'true') {
          await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(
            (error: Error) => console.error(`Could not drop ${name}: ${error.message}`),
          );
        } else {
          console.log(`Kept the end-to-end database ${name} (${url.host})`);
        }
      } finally {
        await embedded?.stop();
      }
    },
  };
}
