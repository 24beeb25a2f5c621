import { TooManyRequestsError } from '../common/errors.js';
import { loadConfig } from '../config/config.js';
import { clientKey, LoginThrottle, type AttemptKind } from './login-throttle.js';

const env = {
  DATABASE_URL: 'postgres://user:pw@localhost:5432/allot_test',
  JWT_SECRET: 'x'.repeat(32),
  LOGIN_LIMIT_PER_EMAIL: '3',
  LOGIN_LIMIT_PER_IP: '6',
  LOGIN_DELAY_MAX_SECONDS: '60',
  LOGIN_LIMIT_WINDOW_SECONDS: '900',
  SIGNUP_LIMIT_PER_EMAIL: '2',
  SIGNUP_LIMIT_PER_IP: '4',
  SIGNUP_DELAY_MAX_SECONDS: '600',
  SIGNUP_LIMIT_WINDOW_SECONDS: '3600',
};

const ALICE = 'alice@example.test';
const BOB = 'bob@example.test';
const HOME = '198.51.100.1';
const ELSEWHERE = '203.0.113.7';

describe('LoginThrottle', () => {
  let now: number;
  let throttle: LoginThrottle;

  beforeEach(() => {
    now = Date.UTC(2026, 3, 1, 9);
    throttle = new LoginThrottle(loadConfig(env));
    throttle.now = () => now;
  });
  afterEach(() => throttle.onApplicationShutdown());

  const seconds = (s: number) => {
    now += s * 1000;
  };

  /** The retry-after in seconds if the attempt is refused, else null (and the attempt is counted). */
  function attempt(kind: AttemptKind, email: string, ip: string): number | null {
    try {
      throttle.assertMayAttempt(kind, email, ip);
      return null;
    } catch (error) {
      if (error instanceof TooManyRequestsError) return error.retryAfterSeconds;
      throw error;
    }
  }

  /** Attempts a log-in that fails (a wrong password), as IdentityService does. */
  function fail(email = ALICE, ip = HOME): number | null {
    return attempt('login', email, ip);
  }

  /**
   * Fails `n` log-ins, each as soon as it is allowed, and answers the wait that came before each
   * (0 when it was let through at once).
   */
  function waitsBetweenFailures(n: number, email = ALICE, ip = HOME): number[] {
    const waits: number[] = [];
    for (let i = 0; i < n; i++) {
      const retry = fail(email, ip);
      waits.push(retry ?? 0);
      if (retry !== null) {
        seconds(retry);
        expect(fail(email, ip)).toBeNull();
      }
    }
    return waits;
  }

  it('lets the first failures through at full speed, then makes each further one wait twice as long, up to the cap', () => {
    expect(waitsBetweenFailures(12)).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('refuses an attempt during the wait without counting it, so retrying early does not prolong the wait', () => {
    waitsBetweenFailures(5); // the 5th failure leaves a 2 s wait
    for (let i = 0; i < 10; i++) expect(fail()).toBe(2);
    seconds(1);
    expect(fail()).toBe(1);
    seconds(1);
    expect(fail()).toBeNull();
    expect(fail()).toBe(4); // the 6th failure: 4 s, not more for the ten refused attempts
  });

  it('refuses before the password is checked, so the wait cannot be used to guess', async () => {
    waitsBetweenFailures(4);
    let checked = 0;
    const logIn = async (password: string) => {
      throttle.assertMayAttempt('login', ALICE, HOME);
      checked += 1;
      if (password !== 'right') return 'wrong';
      throttle.recordSuccess('login', ALICE, HOME);
      return 'ok';
    };
    await expect(logIn('right')).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(logIn('guess')).rejects.toThrow(/try again in 1 seconds/i);
    expect(checked).toBe(0);
    seconds(1);
    await expect(logIn('right')).resolves.toBe('ok');
    expect(checked).toBe(1);
  });

  it('never locks the owner out: after any number of failures the right password works once the capped wait is over', () => {
    waitsBetweenFailures(200);
    expect(fail()).toBe(60);
    seconds(60);
    expect(attempt('login', ALICE, HOME)).toBeNull();
    throttle.recordSuccess('login', ALICE, HOME);
    // The account starts afresh; the address that failed 200 times stays slowed down.
    expect(waitsBetweenFailures(3, ALICE, ELSEWHERE)).toEqual([0, 0, 0]);
    expect(fail(BOB, HOME)).toBe(60);
  });

  it('forgets failures after a quiet period, but not while failures keep coming', () => {
    waitsBetweenFailures(10);
    seconds(899);
    expect(fail()).toBeNull(); // still remembered: this is the 11th failure
    expect(fail()).toBe(60);
    seconds(900);
    expect(waitsBetweenFailures(5)).toEqual([0, 0, 0, 0, 1]);
  });

  it('clears the account’s failures on a successful log-in, and does not count the success', () => {
    waitsBetweenFailures(3);
    expect(attempt('login', ALICE, HOME)).toBeNull();
    throttle.recordSuccess('login', ALICE, HOME);
    expect(waitsBetweenFailures(5)).toEqual([0, 0, 0, 0, 1]);
  });

  it('does not count successful log-ins at all, however many', () => {
    for (let i = 0; i < 50; i++) {
      expect(attempt('login', ALICE, HOME)).toBeNull();
      throttle.recordSuccess('login', ALICE, HOME);
    }
    expect(waitsBetweenFailures(5)).toEqual([0, 0, 0, 0, 1]);
  });

  it('counts an attempt before its outcome is known, so a burst of parallel guesses cannot all pass one opening', () => {
    const admitted = Array.from({ length: 20 }, () => attempt('login', ALICE, HOME)).filter((retry) => retry === null);
    expect(admitted).toHaveLength(4); // the 3 free failures and the first one that earns a wait
  });

  it('counts per account: another account from the same address is not slowed down by it', () => {
    waitsBetweenFailures(5, ALICE, HOME);
    expect(fail(ALICE, HOME)).toBe(2);
    expect(fail(BOB, HOME)).toBeNull();
  });

  it('counts per account across addresses: guessing one password from many addresses is slowed down too', () => {
    const waits = Array.from({ length: 5 }, (_, i) => fail(ALICE, `192.0.2.${i + 1}`));
    expect(waits).toEqual([null, null, null, null, 1]);
  });

  it('counts per address: one client trying many accounts (password spraying) is slowed down, the right password included', () => {
    for (let i = 0; i < 7; i++) expect(fail(`user-${i}@example.test`, HOME)).toBeNull();
    expect(attempt('login', BOB, HOME)).toBe(1);
    expect(attempt('login', BOB, ELSEWHERE)).toBeNull();
  });

  it('does not let a guesser’s own successful log-ins wipe what its address has failed on other accounts', () => {
    for (let i = 0; i < 6; i++) expect(fail(`user-${i}@example.test`, HOME)).toBeNull();
    expect(attempt('login', BOB, HOME)).toBeNull();
    throttle.recordSuccess('login', BOB, HOME);
    expect(fail('user-x@example.test', HOME)).toBeNull(); // the 7th failure from this address
    expect(fail('user-y@example.test', HOME)).toBe(1);
  });

  it('counts one e-mail however it is spelled', () => {
    for (const spelling of [ALICE, ALICE.toUpperCase(), ` ${ALICE} `, 'Alice@Example.test']) expect(fail(spelling, HOME)).toBeNull();
    expect(fail(ALICE, HOME)).toBe(1);
  });

  it('counts an IPv6 client per /64 and an IPv4-mapped address as its IPv4 address', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientKey('::ffff:198.51.100.1')).toBe('198.51.100.1');
    expect(clientKey('::ffff:c633:6401')).toBe('198.51.100.1');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('198.51.100.1')).toBe('198.51.100.1');
    expect(clientKey('unknown')).toBe('unknown');
    for (let i = 0; i < 7; i++) expect(fail(`user-${i}@example.test`, `2001:db8:1:2::${i + 1}`)).toBeNull();
    expect(fail(BOB, '2001:db8:1:2:dead:beef:0:1')).toBe(1);
    expect(fail(BOB, '::ffff:198.51.100.1')).toBeNull();
  });

  describe('sign-up', () => {
    it('counts every attempt per e-mail, successful or not, and slows down beyond the budget', () => {
      expect(attempt('signUp', ALICE, HOME)).toBeNull();
      throttle.recordSuccess('signUp', ALICE, HOME); // a success answers "is this address taken?" too
      expect(attempt('signUp', ALICE, HOME)).toBeNull();
      expect(attempt('signUp', ALICE, ELSEWHERE)).toBeNull();
      expect(attempt('signUp', ALICE, ELSEWHERE)).toBe(1);
      expect(attempt('signUp', BOB, ELSEWHERE)).toBeNull();
    });

    it('counts every attempt per address, so one client cannot probe e-mail after e-mail', () => {
      const probes = Array.from({ length: 6 }, (_, i) => attempt('signUp', `probe-${i}@example.test`, HOME));
      expect(probes).toEqual([null, null, null, null, null, 1]);
      expect(attempt('signUp', 'probe-x@example.test', ELSEWHERE)).toBeNull();
    });

    it('caps its wait at SIGNUP_DELAY_MAX_SECONDS and forgets after SIGNUP_LIMIT_WINDOW_SECONDS', () => {
      const waits: number[] = [];
      for (let i = 0; i < 20; i++) {
        const retry = attempt('signUp', `probe-${i}@example.test`, HOME);
        waits.push(retry ?? 0);
        if (retry !== null) {
          seconds(retry);
          expect(attempt('signUp', `probe-${i}@example.test`, HOME)).toBeNull();
        }
      }
      expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600, 600, 600]);
      seconds(3600);
      expect(Array.from({ length: 6 }, (_, i) => attempt('signUp', `again-${i}@example.test`, HOME))).toEqual([null, null, null, null, null, 1]);
    });

    it('is counted apart from log-in', () => {
      waitsBetweenFailures(5);
      expect(attempt('signUp', ALICE, HOME)).toBeNull();
      for (let i = 0; i < 4; i++) attempt('signUp', `probe-${i}@example.test`, HOME);
      expect(fail(BOB, HOME)).toBeNull();
    });
  });
});
