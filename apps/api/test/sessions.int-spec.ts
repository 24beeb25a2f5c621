// A session token is only as good as its signature, its expiry and the membership it names.
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from './support/app.js';
import { testDatabaseUrl } from './support/database.js';
import { addMember, signUpLeader } from './support/factories.js';
import { gqlError, gql } from './support/graphql.js';

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

function sign(header: object, payload: object, secret: string): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode(header)}.${encode(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const VIEWER = '{ viewer { user { id } } }';

  it('accepts its own token', async () => {
    const leader = await signUpLeader(app);
    expect((await gql(app, VIEWER, {}, leader.token)).viewer.user.id).toBe(leader.userId);
  });

  it('refuses alg "none", a wrong signature and an expired token', async () => {
    const leader = await signUpLeader(app);
    const claims = decode(leader.token);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${leader.token.split('.')[1]}.`;
    const wrongKey = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-that-is-long-enough-000');
    const expired = await new JwtService({ secret: TEST_JWT_SECRET }).signAsync({ ...claims, iat: 1, exp: 2 });
    const tampered = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, wid: '00000000-0000-0000-0000-000000000000' }, 'nope-nope-nope-nope-nope-nope-nope');
    for (const token of [unsigned, wrongKey, expired, tampered, 'garbage']) {
      expect((await gqlError(app, VIEWER, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('requires an expiry, the issuer and the audience, and a session id, even on a correctly signed token', async () => {
    const leader = await signUpLeader(app);
    const claims = decode(leader.token);
    expect(claims).toMatchObject({ iss: 'allot', aud: 'allot-api', sid: expect.any(String), exp: expect.any(Number) });
    const header = { alg: 'HS256', typ: 'JWT' };
    const { exp: _exp, ...withoutExpiry } = claims;
    const { sid: _sid, ...withoutSession } = claims;
    const forged = [
      sign(header, withoutExpiry, TEST_JWT_SECRET),
      sign(header, { ...claims, iss: 'someone-else' }, TEST_JWT_SECRET),
      sign(header, { ...claims, aud: 'another-api' }, TEST_JWT_SECRET),
      sign(header, withoutSession, TEST_JWT_SECRET),
      sign(header, { ...claims, sid: '00000000-0000-0000-0000-000000000000' }, TEST_JWT_SECRET),
    ];
    // The control: the same claims, signed the same way, are accepted.
    expect((await gql(app, VIEWER, {}, sign(header, claims, TEST_JWT_SECRET))).viewer.user.id).toBe(leader.userId);
    for (const token of forged) expect((await gqlError(app, VIEWER, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a removed membership at once', async () => {
    const leader = await signUpLeader(app);
    const accountant = await addMember(app, leader, 'ACCOUNTANT');
    expect((await gql(app, VIEWER, {}, accountant.token)).viewer.user.id).toBe(accountant.userId);
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    await client.query('DELETE FROM memberships WHERE user_id = $1', [accountant.userId]);
    await client.end();
    expect((await gqlError(app, VIEWER, {}, accountant.token)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
