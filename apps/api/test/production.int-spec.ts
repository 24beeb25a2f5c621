// Production mode hardens the public surface: no introspection, no schema hints in errors, no
// landing page, security headers.
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

  it('names no field of the schema in a validation error (no "Did you mean")', async () => {
    // With introspection off, suggestions would still spell out the schema field by field.
    const misspelled = [
      '{ viewr { user { id } } }',
      '{ viewer { usr { id } } }',
      '{ invoices(frist: 1) { totalCount } }',
      'query ($f: InvoiceFiltr) { invoices(filter: $f) { totalCount } }',
      '{ invoices(filter: { status: [ISSUD] }) { totalCount } }',
    ];
    for (const query of misspelled) {
      const res = await app.http.post('/graphql').send({ query });
      const messages = (res.body.errors as Array<{ message: string; extensions: { code: string } }>).map((e) => e.message);
      expect({ query, codes: res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code) }).toEqual({
        query,
        codes: expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']),
      });
      expect({ query, messages }).toEqual({ query, messages: messages.map(() => expect.not.stringMatching(/did you mean/i)) });
    }
  });

  it('names none in an error about a variable either (coerced outside validation)', async () => {
    const query = 'query ($f: InvoiceFilter) { invoices(filter: $f) { totalCount } }';
    for (const f of [{ fromMnth: '2026-01' }, { status: ['ISSUD'] }]) {
      const res = await app.http.post('/graphql').send({ query, variables: { f } });
      expect({ f, errors: res.body.errors }).toEqual({
        f,
        errors: [
          expect.objectContaining({ message: expect.not.stringMatching(/did you mean/i), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
        ],
      });
    }
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

describe('test mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('still suggests the field meant, for the developer (so the production test above tests something)', async () => {
    const res = await app.http.post('/graphql').send({ query: '{ viewr { user { id } } }' });
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringMatching(/Did you mean "viewer"\?/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
