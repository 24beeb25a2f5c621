// Validates the process environment once at start, so a malformed variable stops the process
// with a message naming it instead of failing later in some request.
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
  loginLimitPerEmail: number;
  loginLimitPerIp: number;
  loginLimitWindowSeconds: number;
  webDistDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
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
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: ownerUrl,
    appDatabaseUrl: appDatabaseUrl(ownerUrl, explicitAppDatabaseUrl),
    explicitAppDatabaseUrl,
    jwtSecret,
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    seedDemo: boolean(env, 'SEED_DEMO'),
    cookieSecure: boolean(env, 'COOKIE_SECURE') ?? nodeEnv === 'production',
    loginLimitPerEmail: integer(env, 'LOGIN_LIMIT_PER_EMAIL', 10, 1, 1_000_000),
    loginLimitPerIp: integer(env, 'LOGIN_LIMIT_PER_IP', 100, 1, 1_000_000),
    loginLimitWindowSeconds: integer(env, 'LOGIN_LIMIT_WINDOW_SECONDS', 300, 1, 86_400),
    webDistDir: env.WEB_DIST_DIR || undefined,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
