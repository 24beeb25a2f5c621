// The API serves the built web app at / (with client-side routes falling back to index.html)
// without shadowing the API's own paths.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './support/app.js';

describe('serving the web app', () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'allot-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div><script src="/assets/app.js"></script>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("allot")');
    writeFileSync(path.join(dist, 'assets', 'big.js'), 'x'.repeat(50_000));
    app = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes', async () => {
    for (const route of ['/', '/clients/123', '/invoices?status=PAID']) {
      const res = await app.http.get(route);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves assets and answers 404 for missing ones', async () => {
    expect((await app.http.get('/assets/app.js')).text).toContain('allot');
    expect((await app.http.get('/assets/missing.js')).status).toBe(404);
  });

  it('lets browsers keep the hashed assets for good, and revalidate index.html', async () => {
    expect((await app.http.get('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const route of ['/', '/clients/123']) {
      expect((await app.http.get(route)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('compresses what is worth it when the client accepts it', async () => {
    const big = await app.http.get('/assets/big.js').set('Accept-Encoding', 'gzip');
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.text).toBe('x'.repeat(50_000));
    const plain = await app.http.get('/assets/big.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // Small answers are not worth it.
    expect((await app.http.get('/assets/app.js').set('Accept-Encoding', 'gzip')).headers['content-encoding']).toBeUndefined();
  });

  it('leaves the API paths to the API', async () => {
    expect((await app.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const graphql = await app.http.post('/graphql').send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    expect((await app.http.get('/api/invoices/x/pdf')).status).toBe(401);
  });
});
