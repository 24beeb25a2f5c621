// The test database: DATABASE_URL names a fresh database made for this run by scripts/test.mjs.
// Refuses any database whose name lacks "test", so a run can never touch real data.
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which provides a fresh test database.');
  const name = new URL(url).pathname.slice(1);
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
  return url;
}

/** A URL for another database on the same server (for tests that need a database of their own). */
export function siblingDatabaseUrl(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
