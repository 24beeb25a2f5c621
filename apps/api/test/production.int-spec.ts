// Production mode hardens the public surface: no introspection, no landing page, security headers.
import { startTestApp, type TestApp } from './support/app.js';

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => app.close());

  it('refuses introspection', async () => {
    const res = await app.http.post('/graphql').send({ query: '{ __schema { types { name } } }' });
    expect(res.body.errors[0].message).toMatch(/introspection/i);
    expect(res.body.data).toBeUndefined();
  });

  it('serves no GraphQL landing page', async () => {
    const res = await app.http.get('/graphql').set('accept', 'text/html').set('apollo-require-preflight', 'true');
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('sends security headers and answers health checks', async () => {
    const res = await app.http.get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    expect((await app.http.get('/health/live')).body).toEqual({ status: 'ok' });
  });
});
