// Slows down password guessing and e-mail probing without ever locking the owner out.
//
// Log-in (and accepting an invitation as an existing account, which checks the same password):
// per account (e-mail) and per client address, the first few failures are free; after that each
// failure makes the next attempt wait twice as long as the one before, up to a short maximum.
// Counters are forgotten after a quiet period, and a successful log-in clears its account's.
//
// Sign-up: its "an account with this e-mail already exists" answer tells whether an address has
// an account, and so does a success, so every attempt counts, per e-mail and per client address.
//
// An attempt that comes too early is refused with TOO_MANY_REQUESTS and a retry-after before the
// password is looked at, so the wait cannot be used to keep guessing.
//
// Kept in process memory, which is acceptable for a slow-down: argon2id already makes every
// guess expensive, and the state is small and short-lived. The cost: a restart forgets the
// counters, and each instance behind a load balancer keeps its own, so with N instances a guesser
// gets N times the free failures and N waits running side by side. Strict limits across
// instances would need a shared store (a table, or Redis).
//
// Hand-written because @nestjs/throttler is CommonJS requiring the ESM-only @nestjs/common 12,
// which Jest's module runtime cannot load on Node 20.
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { isIP } from 'node:net';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TooManyRequestsError } from '../common/errors.js';

export type AttemptKind = 'login' | 'signUp';

interface Policy {
  freePerEmail: number;
  freePerIp: number;
  maxDelayMs: number;
  forgetMs: number;
  /** Log-in: a success is not a failure. Sign-up: a success answers the question too. */
  successCounts: boolean;
}

interface Counter {
  /** Attempts counted so far (see assertMayAttempt for why before their outcome is known). */
  count: number;
  lastAt: number;
}

/** The wait after the first counted attempt beyond the free ones; it doubles with each further one. */
const FIRST_DELAY_MS = 1000;

/**
 * The key a client address is counted under. An IPv6 client usually holds a whole /64 and could
 * take a fresh address per attempt, so it is counted per /64; an IPv4-mapped address counts as
 * its IPv4 address.
 */
export function clientKey(ip: string): string {
  const address = ip.split('%', 1)[0];
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

function expandIpv6(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16));
}

@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  /** Milliseconds since the epoch; tests replace it. */
  now: () => number = () => Date.now();

  private readonly policies: Record<AttemptKind, Policy>;
  private readonly counters = new Map<string, Counter>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.policies = {
      login: {
        freePerEmail: config.loginFreeFailuresPerEmail,
        freePerIp: config.loginFreeFailuresPerIp,
        maxDelayMs: config.loginMaxDelaySeconds * 1000,
        forgetMs: config.loginForgetSeconds * 1000,
        successCounts: false,
      },
      signUp: {
        freePerEmail: config.signUpFreeAttemptsPerEmail,
        freePerIp: config.signUpFreeAttemptsPerIp,
        maxDelayMs: config.signUpMaxDelaySeconds * 1000,
        forgetMs: config.signUpForgetSeconds * 1000,
        successCounts: true,
      },
    };
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /**
   * Call before checking the password (or, for sign-up, before looking the e-mail up). Throws
   * TOO_MANY_REQUESTS while the account or the client address must still wait.
   *
   * Otherwise the attempt is counted at once, as a failure until recordSuccess says otherwise:
   * counting only after the (slow) password check would let a burst of parallel requests all pass
   * the same check before the first failure is recorded. So an attempt that ends in any other
   * error (say the database is down) counts as a failure.
   */
  assertMayAttempt(kind: AttemptKind, email: string, ip: string): void {
    const policy = this.policies[kind];
    const now = this.now();
    const counters = this.keys(kind, email, ip).map(([key, free]) => {
      const counter = this.current(key, policy, now);
      return { key, counter, readyAt: counter.lastAt + this.delayAfter(counter.count, free, policy) };
    });
    const readyAt = Math.max(...counters.map((c) => c.readyAt));
    if (readyAt > now) throw new TooManyRequestsError(Math.ceil((readyAt - now) / 1000));
    for (const { key, counter } of counters) {
      counter.count += 1;
      counter.lastAt = now;
      this.counters.set(key, counter);
    }
  }

  /**
   * The password was right. Log-in: the account's failures are cleared, and the client address
   * gets back the one this attempt was counted as (only that one: a guesser's own account must
   * not wipe what the address has failed elsewhere). Sign-up: nothing, every attempt counts.
   */
  recordSuccess(kind: AttemptKind, email: string, ip: string): void {
    const policy = this.policies[kind];
    if (policy.successCounts) return;
    const [[emailKey], [ipKey]] = this.keys(kind, email, ip);
    this.counters.delete(emailKey);
    const counter = this.counters.get(ipKey);
    if (counter && --counter.count <= 0) this.counters.delete(ipKey);
  }

  private keys(kind: AttemptKind, email: string, ip: string): Array<[string, number]> {
    const policy = this.policies[kind];
    return [
      [`${kind}:email:${email.trim().toLowerCase()}`, policy.freePerEmail],
      [`${kind}:ip:${clientKey(ip)}`, policy.freePerIp],
    ];
  }

  private current(key: string, policy: Policy, now: number): Counter {
    const counter = this.counters.get(key);
    return counter && now - counter.lastAt < policy.forgetMs ? counter : { count: 0, lastAt: now };
  }

  /** How long after the latest of `count` counted attempts the next one may come. */
  private delayAfter(count: number, free: number, policy: Policy): number {
    if (count <= free) return 0;
    return Math.min(policy.maxDelayMs, FIRST_DELAY_MS * 2 ** Math.min(count - free - 1, 40));
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, counter] of this.counters) {
      const policy = this.policies[key.slice(0, key.indexOf(':')) as AttemptKind];
      if (now - counter.lastAt >= policy.forgetMs) this.counters.delete(key);
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}
