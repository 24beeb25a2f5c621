// The public surface under attack, beyond what auth.int-spec.ts (per-e-mail throttling, GET with a
// cookie), sessions.int-spec.ts (alg none, wrong signature, expiry, removed membership by Bearer)
// and production.int-spec.ts (introspection, basic headers) already prove:
// - session tokens: the algorithm allow-list, claims that mix two memberships, forged tokens in
//   the session cookie and on the download routes;
// - log-in slow-down per client IP (password spraying), and e-mail spellings that would dodge
//   the per-e-mail one (throttling.int-spec.ts has the rest: X-Forwarded-For, waits, sign-up);
// - cross-site requests that carry the session cookie without Apollo's CSRF header (form posts,
//   text/plain, multipart), and no CORS grant to a foreign origin;
// - security headers on every kind of response;
// - passwords (and session tokens) never in the server's output: the API runs as a separate
//   process in production mode and everything it prints is searched.
import { JwtService } from '@nestjs/jwt';
import { createHmac, randomUUID } from 'node:crypto';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from './support/app.js';
import { dataOf, post, startChildApi, type ChildApi } from './support/child-api.js';
import { testDatabaseUrl } from './support/database.js';
import { addMember, createClient, PASSWORD, signUpLeader, type Actor } from './support/factories.js';
import { gql, gqlError } from './support/graphql.js';
import { download } from './support/invoicing.js';

const VIEWER = '{ viewer { user { id email } } }';
const LOG_IN = `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

function sign(header: object, payload: object, secret: string, hash = 'sha256'): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode(header)}.${encode(payload)}`;
  return `${body}.${createHmac(hash, secret).update(body).digest('base64url')}`;
}

describe('security', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '4', LOGIN_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => app.close());

  describe('session tokens', () => {
    let leader: Actor;
    let accountant: Actor;
    beforeAll(async () => {
      leader = await signUpLeader(app);
      accountant = await addMember(app, leader, 'ACCOUNTANT');
    });

    it('refuses a token signed with the right secret but another algorithm (HS512), and tokens with alg "none" in any case', async () => {
      const claims = claimsOf(leader.token);
      const hs512 = sign({ alg: 'HS512', typ: 'JWT' }, claims, TEST_JWT_SECRET, 'sha512');
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      for (const token of [
        hs512,
        `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`,
        `${encode({ alg: 'NONE', typ: 'JWT' })}.${encode(claims)}.`,
        `${encode({ alg: 'nOnE' })}.${encode(claims)}.${leader.token.split('.')[2]}`,
      ]) {
        expect((await gqlError(app, VIEWER, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses validly signed claims that pair one user with another user’s membership or workspace', async () => {
      const mine = claimsOf(leader.token);
      const theirs = claimsOf(accountant.token);
      const stranger = claimsOf((await signUpLeader(app)).token);
      const jwt = new JwtService({ secret: TEST_JWT_SECRET });
      for (const claims of [
        { sub: mine.sub, mid: theirs.mid, wid: theirs.wid },
        { sub: theirs.sub, mid: mine.mid, wid: mine.wid },
        { sub: mine.sub, mid: mine.mid, wid: stranger.wid },
        { sub: mine.sub, mid: mine.mid, wid: 'not-a-uuid' },
        { sub: mine.sub, mid: ["' OR 1=1 --"], wid: mine.wid },
        { sub: randomUUID(), mid: randomUUID(), wid: randomUUID() },
      ]) {
        const token = await jwt.signAsync(claims as Record<string, unknown>, { expiresIn: 600 });
        expect({ claims, code: (await gqlError(app, VIEWER, {}, token)).extensions?.code }).toEqual({ claims, code: 'UNAUTHENTICATED' });
      }
    });

    it('refuses forged and expired tokens in the session cookie and on the download routes', async () => {
      const claims = claimsOf(leader.token);
      const expired = await new JwtService({ secret: TEST_JWT_SECRET }).signAsync({ ...claims, iat: 1, exp: 2 });
      const wrongKey = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-that-is-long-enough-000');
      for (const token of [expired, wrongKey, `${leader.token}x`]) {
        const viaCookie = await app.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('cookie', `allot_session=${token}`)
          .send({ query: VIEWER });
        expect(viaCookie.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(viaCookie.body)).not.toContain(leader.email);
        const csv = await app.http.get('/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-01').set('authorization', `Bearer ${token}`);
        expect(csv.status).toBe(401);
        const pdf = await app.http.get(`/api/invoices/${randomUUID()}/pdf`).set('cookie', `allot_session=${token}`);
        expect(pdf.status).toBe(401);
      }
    });
  });

  describe('log-in throttling', () => {
    it('counts every spelling of an e-mail address against the same account', async () => {
      const leader = await signUpLeader(app);
      const spellings = [
        leader.email,
        leader.email.toUpperCase(),
        ` ${leader.email}`,
        `${leader.email}  `,
        leader.email.replace(/^./, (c) => c.toUpperCase()),
        ` ${leader.email.toUpperCase()}`,
      ];
      const codes: string[] = [];
      for (const email of spellings) codes.push((await gqlError(app, LOG_IN, { email, password: 'not-the-password' })).extensions?.code ?? '');
      // 4 free failures and a 5th that earns a wait: the 6th spelling is refused.
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
      expect((await gqlError(app, LOG_IN, { email: leader.email, password: PASSWORD })).extensions?.code).toBe('TOO_MANY_REQUESTS');
    });

    it('slows down one client trying many e-mails (password spraying), the right password included', async () => {
      const sprayed = await startTestApp({ LOGIN_LIMIT_PER_IP: '6', LOGIN_LIMIT_PER_EMAIL: '100' });
      try {
        const victim = await signUpLeader(sprayed);
        const codes: string[] = [];
        // 6 free failures from this address, and a 7th that earns a wait.
        for (let i = 0; i < 7; i++) {
          codes.push(
            (await gqlError(sprayed, LOG_IN, { email: `user-${i}-${randomUUID().slice(0, 6)}@example.test`, password: 'Winter2026!' })).extensions?.code ?? '',
          );
        }
        expect(codes).toEqual(Array(7).fill('UNAUTHENTICATED'));
        const blocked = await gqlError(sprayed, LOG_IN, { email: victim.email, password: PASSWORD });
        expect(blocked.extensions?.code).toBe('TOO_MANY_REQUESTS');
        expect(blocked.message).toMatch(/try again in \d+ seconds/i);
      } finally {
        await sprayed.close();
      }
    });
  });

  describe('cross-site requests', () => {
    let leader: Actor;
    let cookie: string;
    beforeAll(async () => {
      leader = await signUpLeader(app);
      const res = await app.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: LOG_IN, variables: { email: leader.email, password: PASSWORD } });
      cookie = String(res.headers['set-cookie']).split(';')[0];
      expect(cookie).toMatch(/^allot_session=/);
    });

    const MUTATION = `mutation { createClient(input: { name: "CSRF", legalName: "CSRF", addressLine: "a", city: "b", postalCode: "1", country: "DE", billingEmail: "x@y.test", currency: "EUR" }) { id } }`;

    async function clientCount(): Promise<number> {
      return (await gql(app, '{ clients(includeArchived: true) { id } }', {}, leader.token)).clients.length;
    }

    it('refuses form-encoded, text/plain and multipart posts that carry the cookie, and writes nothing', async () => {
      const before = await clientCount();
      const form = await app.http.post('/graphql').set('cookie', cookie).type('form').send({ query: MUTATION });
      const text = await app.http
        .post('/graphql')
        .set('cookie', cookie)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: MUTATION }));
      const multipart = await app.http
        .post('/graphql')
        .set('cookie', cookie)
        .field('operations', JSON.stringify({ query: MUTATION }))
        .field('map', '{}');
      for (const res of [form, text, multipart]) {
        expect(res.status).toBe(400);
        expect(JSON.stringify(res.body ?? res.text)).not.toMatch(/"createClient":\{/);
      }
      expect(await clientCount()).toBe(before);
    });

    it('refuses a GET that carries the cookie, for queries and for mutations', async () => {
      const query = await app.http.get('/graphql').query({ query: VIEWER }).set('cookie', cookie);
      expect(query.status).toBe(400);
      expect(JSON.stringify(query.body ?? query.text)).not.toContain(leader.email);
      // Even with the CSRF header, a mutation never runs over GET.
      const mutation = await app.http.get('/graphql').query({ query: MUTATION }).set('cookie', cookie).set('apollo-require-preflight', 'true');
      expect(mutation.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(mutation.body ?? mutation.text)).not.toMatch(/"createClient":\{/);
    });

    it('grants no foreign origin CORS access, with or without credentials', async () => {
      const preflight = await app.http
        .options('/graphql')
        .set('origin', 'https://evil.example')
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'content-type');
      const actual = await app.http
        .post('/graphql')
        .set('origin', 'https://evil.example')
        .set('cookie', cookie)
        .set('content-type', 'application/json')
        .send({ query: VIEWER });
      for (const res of [preflight, actual]) {
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      }
    });
  });

  describe('security headers', () => {
    it('sends them on GraphQL answers, errors, downloads, health checks and unknown routes', async () => {
      const leader = await signUpLeader(app);
      const client = await createClient(app, leader);
      const responses = {
        graphql: await app.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${leader.token}`).send({ query: VIEWER }),
        graphqlError: await app.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ nope ' }),
        csv: await download(app, '/api/exports/invoices.csv?fromMonth=2026-01&toMonth=2026-01', leader),
        missingPdf: await download(app, `/api/invoices/${randomUUID()}/pdf`, leader),
        health: await app.http.get('/health/ready'),
        unknown: await app.http.get(`/api/nothing-here/${client.id}`),
      };
      for (const [name, res] of Object.entries(responses)) {
        const headers = res.headers;
        expect({ name, nosniff: headers['x-content-type-options'] }).toEqual({ name, nosniff: 'nosniff' });
        expect({ name, csp: headers['content-security-policy'] }).toEqual({ name, csp: expect.stringContaining("frame-ancestors 'none'") });
        expect({ name, csp: headers['content-security-policy'] }).toEqual({ name, csp: expect.stringContaining("default-src 'self'") });
        expect({ name, hsts: headers['strict-transport-security'] }).toEqual({ name, hsts: expect.stringMatching(/max-age=\d+/) });
        expect({ name, frame: headers['x-frame-options'] }).toEqual({ name, frame: expect.stringMatching(/DENY|SAMEORIGIN/) });
        expect({ name, referrer: headers['referrer-policy'] }).toEqual({ name, referrer: expect.any(String) });
        expect({ name, poweredBy: headers['x-powered-by'] }).toEqual({ name, poweredBy: undefined });
      }
      expect(responses.csv.headers['cache-control']).toMatch(/no-store/);
    });
  });
});

describe('introspection in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => production.close());

  it('refuses __type as well as __schema, aliased or inside a fragment, by POST and by GET', async () => {
    const leader = await signUpLeader(production);
    for (const query of [
      '{ __type(name: "Query") { fields { name } } }',
      '{ __schema { queryType { name } } }',
      '{ viewer { user { id } } ... on Query { s: __schema { types { name } } } }',
    ]) {
      const posted = await production.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${leader.token}`)
        .send({ query });
      const got = await production.http.get('/graphql').query({ query }).set('apollo-require-preflight', 'true').set('authorization', `Bearer ${leader.token}`);
      for (const res of [posted, got]) {
        expect({ query, message: res.body.errors?.[0]?.message }).toEqual({ query, message: expect.stringMatching(/introspection/i) });
        expect(res.body.data).toBeUndefined();
      }
    }
  });
});

describe('passwords in the server output', () => {
  let api: ChildApi;
  beforeAll(async () => {
    api = await startChildApi({ NODE_ENV: 'production', DATABASE_URL: testDatabaseUrl(), LOGIN_LIMIT_PER_EMAIL: '3' });
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('never prints a password or a session token, whatever succeeds or fails', async () => {
    const tag = randomUUID().slice(0, 8);
    const secrets = {
      leader: `Leader-Passw0rd-${tag}`,
      wrong: `Wrong-Guess-${tag}`,
      invitee: `Invitee-Secret-${tag}`,
      rejected: `Rejected-Pass-${tag}`,
    };
    const email = `log-${tag}@example.test`;
    const signUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
    const input = { email, password: secrets.leader, name: 'Log Leader', workspaceName: 'Logs', timezone: 'UTC', currency: 'EUR' };
    const token: string = dataOf(await post(api.url, signUp, { input })).signUp.accessToken;
    // Refused sign-ups: a duplicate, an invalid field beside the password, a malformed variable.
    await post(api.url, signUp, { input });
    await post(api.url, signUp, { input: { ...input, email: `other-${tag}@example.test`, timezone: 'Mars/Olympus', password: secrets.rejected } });
    await post(api.url, signUp, { input: { ...input, password: { value: secrets.rejected } } });
    // Log-ins: right, wrong, then throttled; and one inside a broken document.
    dataOf(await post(api.url, LOG_IN, { email, password: secrets.leader }));
    for (let i = 0; i < 5; i++) await post(api.url, LOG_IN, { email, password: secrets.wrong });
    await post(api.url, `mutation { logIn(email: "${email}", password: "${secrets.wrong}") { accessToken `);
    // An invitation accepted with a password, and one refused.
    const invite = dataOf(
      await post(api.url, `mutation { inviteMember(input: { email: "invitee-${tag}@example.test", role: ACCOUNTANT }) { token } }`, {}, token),
    );
    const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
    dataOf(await post(api.url, accept, { input: { token: invite.inviteMember.token, name: 'Invitee', password: secrets.invitee } }));
    await post(api.url, accept, { input: { token: invite.inviteMember.token, name: 'Invitee', password: secrets.rejected } });
    await post(api.url, accept, { input: { token: `${randomUUID()}.forged`, name: 'Invitee', password: secrets.rejected } });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const output = api.output();
    expect(output).toMatch(/Allot is ready/);
    for (const [name, secret] of Object.entries(secrets)) expect({ name, printed: output.includes(secret) }).toEqual({ name, printed: false });
    expect(output.includes(token)).toBe(false);
    expect(output.includes(invite.inviteMember.token)).toBe(false);
    expect(output).not.toMatch(/\$argon2id\$/);
  }, 60_000);
});
