// Log-in and sign-up throttling over real HTTP: which address counts as the client (TRUST_PROXY),
// the slow-down after failed log-ins and that it never becomes a lockout, and sign-up's budget.
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/app.js';
import { PASSWORD, signUpLeader } from './support/factories.js';

const LOG_IN = `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

function stranger(): string {
  return `nobody-${randomUUID().slice(0, 8)}@example.test`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function send(app: TestApp, query: string, variables: object, forwardedFor?: string): Promise<{ code: string; message: string }> {
  let req = app.http.post('/graphql').set('content-type', 'application/json');
  if (forwardedFor) req = req.set('x-forwarded-for', forwardedFor);
  const res = await req.send({ query, variables });
  const error = res.body.errors?.[0];
  return { code: error?.extensions?.code ?? (res.body.data ? 'OK' : `HTTP ${res.status}`), message: error?.message ?? '' };
}

async function signUp(app: TestApp, email: string, forwardedFor?: string): Promise<string> {
  const input = { email, password: PASSWORD, name: 'Sam Signup', workspaceName: 'Signups', timezone: 'UTC', currency: 'EUR' };
  return (await send(app, SIGN_UP, { input }, forwardedFor)).code;
}

/** One log-in through supertest, optionally with a forged X-Forwarded-For; answers its code or OK. */
async function logIn(app: TestApp, email: string, password: string, forwardedFor?: string): Promise<string> {
  return (await send(app, LOG_IN, { email, password }, forwardedFor)).code;
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

describe('slowing down failed log-ins', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '2', LOGIN_DELAY_MAX_SECONDS: '1', LOGIN_LIMIT_WINDOW_SECONDS: '30' });
  });
  afterAll(() => app.close());

  it('refuses even the right password during the wait, and takes it once the capped wait is over (no lockout)', async () => {
    const owner = await signUpLeader(app);
    const failures: string[] = [];
    for (let i = 0; i < 6; i++) {
      let answer = await send(app, LOG_IN, { email: owner.email, password: `guess-${i}-password` });
      if (answer.code === 'TOO_MANY_REQUESTS') {
        // Capped at LOGIN_DELAY_MAX_SECONDS=1, however many failures came before.
        expect(answer.message).toMatch(/try again in 1 seconds/i);
        await sleep(1050);
        answer = await send(app, LOG_IN, { email: owner.email, password: `guess-${i}-password` });
      }
      failures.push(answer.code);
    }
    expect(failures).toEqual(Array(6).fill('UNAUTHENTICATED'));
    const during = await send(app, LOG_IN, { email: owner.email, password: PASSWORD });
    expect(during.code).toBe('TOO_MANY_REQUESTS');
    await sleep(1050);
    expect(await logIn(app, owner.email, PASSWORD)).toBe('OK');
    // The success cleared the account's failures: the owner's next typo costs no wait.
    expect(await logIn(app, owner.email, 'a-typo-password')).toBe('UNAUTHENTICATED');
    expect(await logIn(app, owner.email, PASSWORD)).toBe('OK');
  });

  it('does not count successful log-ins', async () => {
    const owner = await signUpLeader(app);
    for (let i = 0; i < 6; i++) expect(await logIn(app, owner.email, PASSWORD)).toBe('OK');
  });
});

describe('slowing down sign-ups, which tell whether an e-mail has an account', () => {
  it('counts every sign-up attempt per e-mail address, the successful one included', async () => {
    const app = await startTestApp({ SIGNUP_LIMIT_PER_EMAIL: '2' });
    try {
      const email = stranger();
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) codes.push(await signUp(app, email));
      expect(codes).toEqual(['OK', 'CONFLICT', 'CONFLICT', 'TOO_MANY_REQUESTS']);
      // An address nobody has tried is answered as usual.
      expect(await signUp(app, stranger())).toBe('OK');
    } finally {
      await app.close();
    }
  });

  it('counts every sign-up attempt per client address, whatever X-Forwarded-For says', async () => {
    const app = await startTestApp({ SIGNUP_LIMIT_PER_IP: '3' });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) codes.push(await signUp(app, stranger(), `203.0.113.${i + 1}`));
      expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    } finally {
      await app.close();
    }
  });
});
