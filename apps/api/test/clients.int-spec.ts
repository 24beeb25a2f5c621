import { startTestApp, type TestApp } from './support/app.js';
import { addMember, clientInput, createClient, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError } from './support/graphql.js';

const CREATE = `mutation ($input: CreateClientInput!) { createClient(input: $input) { id name legalName country vatId billingEmail currency archived } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { id name city vatId billingEmail } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveClient(id: $id) { id archived } }`;
const LIST = `query ($all: Boolean) { clients(includeArchived: $all) { id name archived } }`;

describe('clients', () => {
  let app: TestApp;
  let leader: Actor;
  beforeAll(async () => {
    app = await startTestApp();
    leader = await signUpLeader(app);
  });
  afterAll(() => app.close());

  it('creates, lists by name, updates and archives a client', async () => {
    const created = (await gql(app, CREATE, { input: clientInput({ name: '  Zeta Corp ', billingEmail: 'AP@Zeta.example', vatId: '' }) }, leader.token))
      .createClient;
    expect(created).toMatchObject({ name: 'Zeta Corp', billingEmail: 'ap@zeta.example', vatId: null, archived: false, country: 'DE' });
    await createClient(app, leader, { name: 'alpha GmbH' });

    const listed = (await gql(app, LIST, {}, leader.token)).clients.map((c: { name: string }) => c.name);
    expect(listed.indexOf('alpha GmbH')).toBeLessThan(listed.indexOf('Zeta Corp'));

    const updated = (await gql(app, UPDATE, { input: { id: created.id, city: 'Munich', vatId: 'DE999999999' } }, leader.token)).updateClient;
    expect(updated).toMatchObject({ name: 'Zeta Corp', city: 'Munich', vatId: 'DE999999999' });

    expect((await gql(app, ARCHIVE, { id: created.id }, leader.token)).archiveClient).toEqual({ id: created.id, archived: true });
    const active = (await gql(app, LIST, {}, leader.token)).clients.map((c: { id: string }) => c.id);
    const all = (await gql(app, LIST, { all: true }, leader.token)).clients.map((c: { id: string }) => c.id);
    expect(active).not.toContain(created.id);
    expect(all).toContain(created.id);
  });

  it.each([
    ['country', { country: 'Germany' }],
    ['country', { country: 'XX' }],
    ['currency', { currency: 'EURO' }],
    ['currency', { currency: 'ABC' }],
    ['billingEmail', { billingEmail: 'not-an-email' }],
    // An unpaired surrogate: not text UTF-8 can carry (and class-validator's IsEmail throws on it).
    ['billingEmail', { billingEmail: 'ap\ud800@zeta.example' }],
    ['city', { city: 'Br\u0000no' }],
    ['addressLine', { addressLine: 'Karlovo n\udc00m' }],
    ['name', { name: '' }],
    ['legalName', { legalName: 'x'.repeat(201) }],
    ['postalCode', { postalCode: '1'.repeat(21) }],
    ['vatId', { vatId: 'X' }],
  ])('refuses an invalid %s with BAD_USER_INPUT naming it, and writes nothing', async (field, override) => {
    const name = `Invalid ${field} ${Math.random()}`;
    const error = await gqlError(app, CREATE, { input: clientInput({ name, ...override }) }, leader.token);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    const all = (await gql(app, LIST, { all: true }, leader.token)).clients.map((c: { name: string }) => c.name);
    expect(all).not.toContain(name);
  });

  it('refuses to blank a required field on update', async () => {
    const client = await createClient(app, leader);
    const error = await gqlError(app, UPDATE, { input: { id: client.id, name: null } }, leader.token);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('answers NOT_FOUND for ids of another workspace, malformed ids and other clients of a viewer', async () => {
    const other = await signUpLeader(app);
    const foreign = await createClient(app, other);
    const own = await createClient(app, leader);
    const sibling = await createClient(app, leader);
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', own.id);

    for (const id of [foreign.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      expect((await gqlError(app, `query ($id: ID!) { client(id: $id) { id } }`, { id }, leader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, ARCHIVE, { id }, leader.token)).extensions?.code).toBe('NOT_FOUND');
      expect((await gqlError(app, UPDATE, { input: { id, name: 'Mine now' } }, leader.token)).extensions?.code).toBe('NOT_FOUND');
    }
    const seen = await gqlError(app, `query ($id: ID!) { client(id: $id) { name } }`, { id: sibling.id }, viewer.token);
    expect(seen.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(seen)).not.toContain(sibling.name);
    const foreignName = (await gql(app, `query ($id: ID!) { client(id: $id) { name } }`, { id: foreign.id }, other.token)).client.name;
    expect(foreignName).toBe(foreign.name);
  });

  it('lets accountants read clients but only leaders change them', async () => {
    const client = await createClient(app, leader);
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    const viewer = await addMember(app, leader, 'CLIENT_VIEWER', client.id);
    expect((await gql(app, LIST, {}, accountant.token)).clients.length).toBeGreaterThan(1);
    for (const actor of [accountant, viewer]) {
      expect((await gqlError(app, CREATE, { input: clientInput() }, actor.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, UPDATE, { input: { id: client.id, name: 'x' } }, actor.token)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlError(app, ARCHIVE, { id: client.id }, actor.token)).extensions?.code).toBe('FORBIDDEN');
    }
  });
});
