// Abusive documents are refused with a clear validation error before anything executes.
import { QUERY_LIMITS } from '../src/app.module.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createClient, signUpLeader, type Actor } from './support/factories.js';
import { gqlRaw } from './support/graphql.js';

function nestedRefersTo(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `id refersTo { ${selection} }`;
  return selection;
}

describe('query limits', () => {
  let app: TestApp;
  let leader: Actor;
  let clientId: string;
  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
    clientId = (await createClient(app, leader)).id;
  });
  afterAll(() => app.close());

  it('accepts a reasonably nested query', async () => {
    const query = `query ($id: ID!) { accountabilityLog(clientId: $id) { nodes { ${nestedRefersTo(3)} } } }`;
    expect((await gqlRaw(app, query, { id: clientId }, leader.token)).errors).toBeUndefined();
  });

  it('refuses a 13-level nested query', async () => {
    const query = `query ($id: ID!) { accountabilityLog(clientId: $id) { nodes { ${nestedRefersTo(11)} } } }`;
    const result = await gqlRaw(app, query, { id: clientId }, leader.token);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth}`, 'i'));
    expect(result.data).toBeNull();
  });

  it('refuses hundreds of aliased fields', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: workspace { id name }`).join(' ');
    const result = await gqlRaw(app, `{ ${aliases} }`, {}, leader.token);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a query over the cost limit', async () => {
    const fields = 'id seq kind title body owner dueDate actionStatus occurredAt prevHash hash client { id name legalName city } author { id name email }';
    const wide = Array.from(
      { length: 25 },
      (_, i) => `l${i}: accountabilityLog(clientId: $id) { nodes { ${fields} refersTo { ${fields} refersTo { ${fields} refersTo { ${fields} } } } } }`,
    ).join(' ');
    const result = await gqlRaw(app, `query ($id: ID!) { ${wide} }`, { id: clientId }, leader.token);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/cost/i);
  });
});
