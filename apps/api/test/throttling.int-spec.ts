// Log-in and sign-up throttling over real HTTP: which address counts as the client (TRUST_PROXY),
// the slow-down after failed log-ins and that it never becomes a lockout, and sign-up's budget.
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/app.js';

const LOG_IN = `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;

function stranger(): string {
  return `nobody-${randomUUID().slice(0, 8)}@example.test`;
}

/** One log-in through supertest, optionally with a forged X-Forwarded-For; answers its code or OK. */
async function logIn(app: TestApp, email: string, password: string, forwardedFor?: string): Promise<string> {
  let req = app.http.post('/graphql').set('content-type', 'application/json');
  if (forwardedFor) req = req.set('x-forwarded-for', forwardedFor);
  const res = await req.send({ query: LOG_IN, variables: { email, password } });
  return res.body.errors?.[0]?.extensions?.code ?? (res.body.data?.logIn ? 'OK' : `HTTP ${res.status}`);
}

describe('which address counts as the client', () => {
  const forged = (i: number) => `203.0.113.${i + 1}`;

  it('ignores X-Forwarded-For without TRUST_PROXY: forged addresses still slow the real peer down', async () => {
    const app = await startTestApp({ LOGIN_LIMIT_PER_IP: '3', LOGIN_LIMIT_PER_EMAIL: '100' });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) codes.push(await logIn(app, stranger(), 'Winter2026!', forged(i)));
      expect(codes.slice(0, 3)).toEqual(Array(3).fill('UNAUTHENTICATED'));
      expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    } finally {
      await app.close();
    }
  });

  it('takes the client from X-Forwarded-For behind one trusted proxy (TRUST_PROXY=1), and counts per that client', async () => {
    const app = await startTestApp({ LOGIN_LIMIT_PER_IP: '3', LOGIN_LIMIT_PER_EMAIL: '100', TRUST_PROXY: '1' });
    try {
      const spread: string[] = [];
      for (let i = 0; i < 8; i++) spread.push(await logIn(app, stranger(), 'Winter2026!', forged(i)));
      expect(spread).toEqual(Array(8).fill('UNAUTHENTICATED'));
      // The proxy appends the real client to whatever the client sent: only the right-most entry counts.
      const same: string[] = [];
      for (let i = 0; i < 8; i++) same.push(await logIn(app, stranger(), 'Winter2026!', `${forged(100 + i)}, 198.51.100.9`));
      expect(same.slice(0, 3)).toEqual(Array(3).fill('UNAUTHENTICATED'));
      expect(same.at(-1)).toBe('TOO_MANY_REQUESTS');
    } finally {
      await app.close();
    }
  });

  it.each([
    ['is not', '192.0.2.10, 10.0.0.0/8', 'TOO_MANY_REQUESTS'],
    ['is', 'loopback', 'UNAUTHENTICATED'],
  ])('honours X-Forwarded-For only from a peer that %s in the TRUST_PROXY list (%s)', async (_is, list, last) => {
    const app = await startTestApp({ LOGIN_LIMIT_PER_IP: '3', LOGIN_LIMIT_PER_EMAIL: '100', TRUST_PROXY: list });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) codes.push(await logIn(app, stranger(), 'Winter2026!', forged(i)));
      expect(codes.at(-1)).toBe(last);
    } finally {
      await app.close();
    }
  });
});
