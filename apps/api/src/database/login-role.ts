// The application serves requests as allot_login, a role that is neither superuser nor owner of
// any table (the migrations, run as the DATABASE_URL owner, create it). An operator may manage
// that role and give its URL as APP_DATABASE_URL; otherwise the URL is derived from the owner's:
// same server and database, user allot_login, and a password derived from the owner's, so every
// instance sharing a DATABASE_URL agrees on it without another secret to distribute.
import { createHmac } from 'node:crypto';
import pg from 'pg';

export const LOGIN_ROLE = 'allot_login';

function derivedPassword(ownerUrl: string): string {
  const owner = new URL(ownerUrl);
  const key = decodeURIComponent(owner.password) || `${owner.username}@${owner.host}`;
  return createHmac('sha256', key).update(`${LOGIN_ROLE} login`).digest('base64url');
}

/** The URL requests are served with: APP_DATABASE_URL when given, else derived from the owner's. */
export function appDatabaseUrl(ownerUrl: string, explicit?: string): string {
  if (explicit) return explicit;
  const url = new URL(ownerUrl);
  url.username = LOGIN_ROLE;
  url.password = derivedPassword(ownerUrl);
  return url.toString();
}

async function canLogIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 28P01 wrong password, 28000 no pg_hba entry or no password set: both fixable by the owner.
    if (code === '28P01' || code === '28000') return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Makes sure the derived login works: sets allot_login's password when it does not (a first
 * start, or a changed owner password). Several instances may do this at once; PostgreSQL may
 * then answer "tuple concurrently updated", and trying again settles it.
 */
export async function ensureLoginRole(ownerUrl: string, explicit?: string): Promise<void> {
  const url = appDatabaseUrl(ownerUrl, explicit);
  if (explicit || (await canLogIn(url))) return;
  const owner = new pg.Client({ connectionString: ownerUrl });
  owner.on('error', () => undefined);
  await owner.connect();
  try {
    const password = derivedPassword(ownerUrl).replace(/'/g, "''");
    for (let attempt = 1; ; attempt++) {
      try {
        await owner.query(`ALTER ROLE ${LOGIN_ROLE} WITH LOGIN PASSWORD '${password}'`);
        break;
      } catch (error) {
        if (attempt >= 5 || !/concurrently/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await owner.end().catch(() => undefined);
  }
}

export interface LoginRoleFacts {
  user: string;
  superuser: boolean;
  bypassesRls: boolean;
  ownedTables: number;
}

/** What the serving connection's role is allowed, for the start-up check and the tests. */
export async function loginRoleFacts(query: (sql: string) => Promise<Array<Record<string, unknown>>>): Promise<LoginRoleFacts> {
  const [row] = await query(`
    SELECT current_user AS user, r.rolsuper AS superuser, r.rolbypassrls AS bypasses_rls,
           (SELECT count(*)::int FROM pg_tables t WHERE t.tableowner = current_user) AS owned_tables
      FROM pg_roles r WHERE r.rolname = current_user`);
  return {
    user: String(row.user),
    superuser: Boolean(row.superuser),
    bypassesRls: Boolean(row.bypasses_rls),
    ownedTables: Number(row.owned_tables),
  };
}
