// Validates the process environment once at start, so a malformed variable stops the process
// with a message naming it instead of failing later in some request.
import { isIP } from 'node:net';
import { appDatabaseUrl } from '../database/login-role.js';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** The owner's URL: migrations run with it. */
  databaseUrl: string;
  /** The URL requests are served with, as the non-owner login role (see database/login-role.ts). */
  appDatabaseUrl: string;
  /** APP_DATABASE_URL as given, when the operator manages the login role. */
  explicitAppDatabaseUrl: string | undefined;
  jwtSecret: string;
  jwtTtlSeconds: number;
  seedDemo: boolean | undefined;
  cookieSecure: boolean;
  /** Failed log-ins per account (e-mail) that cost no wait; each further one makes the next attempt wait longer. */
  loginFreeFailuresPerEmail: number;
  /** The same per client IP (an IPv6 client's /64). */
  loginFreeFailuresPerIp: number;
  /** The longest wait between log-in attempts that failures can impose (no lockout beyond it). */
  loginMaxDelaySeconds: number;
  /** Quiet time after which an account's or address's failed log-ins are forgotten. */
  loginForgetSeconds: number;
  /** Sign-up attempts (successful or not: both tell whether an address has an account) per e-mail without wait. */
  signUpFreeAttemptsPerEmail: number;
  signUpFreeAttemptsPerIp: number;
  signUpMaxDelaySeconds: number;
  signUpForgetSeconds: number;
  /**
   * Express's `trust proxy`: false (the socket peer is the client), a number of proxy hops, or
   * the addresses/subnets of the proxies. Only what is trusted here may set req.ip through
   * X-Forwarded-For, and req.ip is what log-in throttling counts per client.
   */
  trustProxy: false | number | string[];
  webDistDir: string | undefined;
  /** Where people reach the web app, for absolute links in e-mail (no trailing slash). */
  publicUrl: string;
  /** The SMTP server e-mail goes through; unset, messages stay in the outbox as not sent. */
  smtpUrl: string | undefined;
  /** The From of every message: an address, or `Name <address>`. */
  mailFrom: string;
  /** Whether this process runs the background jobs (every instance may: each job runs once). */
  jobsWorker: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function databaseUrl(env: Env, name = 'DATABASE_URL'): string {
  const raw = env[name];
  if (!raw) throw new ConfigError(name, 'is required (npm start sets it for the embedded database)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must use postgres:// or postgresql://, got "${url.protocol}"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError(name, 'must name a database');
  return raw;
}

// The names proxy-addr (behind express's `trust proxy`) expands to subnets.
const PROXY_SUBNET_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function proxyAddress(entry: string): boolean {
  if (PROXY_SUBNET_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  // A /0 would trust every address, which is `true` under another name; proxy-addr refuses it too.
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (family === 4 ? 32 : 128);
}

function trustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  // `true` makes express take the left-most X-Forwarded-For entry, which the client writes itself.
  if (raw === 'true') {
    throw new ConfigError(
      'TRUST_PROXY',
      'must not be true (the client would choose its own address): give the number of proxies in front of the app, or their addresses',
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `must be a number of proxy hops between 0 and 10, got ${hops}`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !proxyAddress(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must be false, a number of proxy hops, or a comma-separated list of IP addresses, CIDR subnets (e.g. 10.0.0.0/8) and loopback, linklocal or uniquelocal; "${wrong}" is none of these`,
    );
  }
  return entries;
}

function publicUrl(env: Env, port: number): string {
  const raw = (env.PUBLIC_URL ?? '').trim();
  if (raw === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `is not a URL (expected e.g. https://allot.example.com), got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError('PUBLIC_URL', `must use http:// or https://, got "${url.protocol}"`);
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError('PUBLIC_URL', 'must be the address of the web app only (no query, fragment or credentials)');
  }
  // Links are built as `${publicUrl}/accept-invitation…`: one spelling, without the trailing slash.
  return url.toString().replace(/\/+$/, '');
}

function smtpUrl(env: Env): string | undefined {
  const raw = (env.SMTP_URL ?? '').trim();
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL', 'is not a URL (expected smtp://user:password@host:587 or smtps://user:password@host:465)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError('SMTP_URL', `must use smtp:// or smtps://, got "${url.protocol}"`);
  if (!url.hostname) throw new ConfigError('SMTP_URL', 'must name a host');
  return raw;
}

// A bare address or `Display Name <address>`; what nodemailer would otherwise mangle silently.
const MAIL_ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/;

function mailFrom(env: Env, smtp: string | undefined): string {
  const raw = (env.MAIL_FROM ?? '').trim();
  if (raw === '') {
    // Without SMTP nothing leaves the machine, so a placeholder is harmless; with it, a made-up
    // sender would be rejected or land in spam.
    if (smtp) throw new ConfigError('MAIL_FROM', 'is required when SMTP_URL is set (e.g. "Allot <allot@example.com>")');
    return 'Allot <allot@localhost>';
  }
  const named = /^([^<>]*)<([^<>]+)>$/.exec(raw);
  const address = named ? named[2].trim() : raw;
  if (!MAIL_ADDRESS.test(address) || /[\r\n]/.test(raw)) {
    throw new ConfigError('MAIL_FROM', `must be an e-mail address or "Name <address>", got "${raw}"`);
  }
  return raw;
}

type Throttling = Pick<
  AppConfig,
  | 'loginFreeFailuresPerEmail'
  | 'loginFreeFailuresPerIp'
  | 'loginMaxDelaySeconds'
  | 'loginForgetSeconds'
  | 'signUpFreeAttemptsPerEmail'
  | 'signUpFreeAttemptsPerIp'
  | 'signUpMaxDelaySeconds'
  | 'signUpForgetSeconds'
>;

// LOGIN_LIMIT_PER_EMAIL/_PER_IP/_WINDOW_SECONDS once counted attempts per fixed window, which locked
// the owner out; the same names now give the free failures and the quiet period of the slow-down.
function throttling(env: Env): Throttling {
  const forgetAfterWait = (forget: string, forgetSeconds: number, wait: string, waitSeconds: number) => {
    // Forgetting sooner than the longest wait would let a patient guesser start afresh each time.
    if (forgetSeconds <= waitSeconds) {
      throw new ConfigError(forget, `must be longer than ${wait} (${waitSeconds}), got ${forgetSeconds}`);
    }
  };
  const login = {
    loginFreeFailuresPerEmail: integer(env, 'LOGIN_LIMIT_PER_EMAIL', 5, 0, 1_000_000),
    loginFreeFailuresPerIp: integer(env, 'LOGIN_LIMIT_PER_IP', 20, 0, 1_000_000),
    loginMaxDelaySeconds: integer(env, 'LOGIN_DELAY_MAX_SECONDS', 60, 1, 3600),
    loginForgetSeconds: integer(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 900, 2, 86_400),
  };
  forgetAfterWait('LOGIN_LIMIT_WINDOW_SECONDS', login.loginForgetSeconds, 'LOGIN_DELAY_MAX_SECONDS', login.loginMaxDelaySeconds);
  const signUp = {
    signUpFreeAttemptsPerEmail: integer(env, 'SIGNUP_LIMIT_PER_EMAIL', 3, 0, 1_000_000),
    signUpFreeAttemptsPerIp: integer(env, 'SIGNUP_LIMIT_PER_IP', 10, 0, 1_000_000),
    signUpMaxDelaySeconds: integer(env, 'SIGNUP_DELAY_MAX_SECONDS', 600, 1, 86_400),
    signUpForgetSeconds: integer(env, 'SIGNUP_LIMIT_WINDOW_SECONDS', 3600, 2, 7 * 86_400),
  };
  forgetAfterWait('SIGNUP_LIMIT_WINDOW_SECONDS', signUp.signUpForgetSeconds, 'SIGNUP_DELAY_MAX_SECONDS', signUp.signUpMaxDelaySeconds);
  return { ...login, ...signUp };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters (npm start generates one into ./.data)');
  }
  const ownerUrl = databaseUrl(env);
  const explicitAppDatabaseUrl = env.APP_DATABASE_URL ? databaseUrl(env, 'APP_DATABASE_URL') : undefined;
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const smtp = smtpUrl(env);
  return {
    nodeEnv,
    port,
    databaseUrl: ownerUrl,
    appDatabaseUrl: appDatabaseUrl(ownerUrl, explicitAppDatabaseUrl),
    explicitAppDatabaseUrl,
    jwtSecret,
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    seedDemo: boolean(env, 'SEED_DEMO'),
    cookieSecure: boolean(env, 'COOKIE_SECURE') ?? nodeEnv === 'production',
    ...throttling(env),
    trustProxy: trustProxy(env),
    webDistDir: env.WEB_DIST_DIR || undefined,
    publicUrl: publicUrl(env, port),
    smtpUrl: smtp,
    mailFrom: mailFrom(env, smtp),
    jobsWorker: boolean(env, 'JOBS_WORKER') ?? true,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
