import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';

const valid = {
  DATABASE_URL: 'postgres://user:pw@localhost:5432/allot',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults', () => {
    expect(loadConfig(valid)).toMatchObject({ nodeEnv: 'development', port: 3000, seedDemo: undefined, cookieSecure: false });
  });

  it('reads the e-mail and jobs settings: absolute links, SMTP (off by default) and its sender', () => {
    expect(loadConfig(valid)).toMatchObject({ publicUrl: 'http://localhost:3000', smtpUrl: undefined, mailFrom: 'Allot <allot@localhost>', jobsWorker: true });
    expect(loadConfig({ ...valid, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    const configured = loadConfig({
      ...valid,
      PUBLIC_URL: 'https://allot.example.com/',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.com:465',
      MAIL_FROM: 'Allot <allot@example.com>',
      JOBS_WORKER: 'false',
    });
    expect(configured).toMatchObject({
      publicUrl: 'https://allot.example.com',
      smtpUrl: 'smtps://mailer:secret@smtp.example.com:465',
      mailFrom: 'Allot <allot@example.com>',
      jobsWorker: false,
    });
    expect(loadConfig({ ...valid, SMTP_URL: 'smtp://localhost:25', MAIL_FROM: 'allot@example.com' }).mailFrom).toBe('allot@example.com');
    expect(() => loadConfig({ ...valid, PUBLIC_URL: 'allot.example.com' })).toThrow(/PUBLIC_URL is not a URL/);
    expect(() => loadConfig({ ...valid, PUBLIC_URL: 'ftp://allot.example.com' })).toThrow(/PUBLIC_URL must use http/);
    expect(() => loadConfig({ ...valid, PUBLIC_URL: 'https://allot.example.com/?a=1' })).toThrow(/PUBLIC_URL must be the address/);
    expect(() => loadConfig({ ...valid, SMTP_URL: 'http://smtp.example.com' })).toThrow(/SMTP_URL must use smtp/);
    expect(() => loadConfig({ ...valid, SMTP_URL: 'smtp://smtp.example.com' })).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
    expect(() => loadConfig({ ...valid, MAIL_FROM: 'Allot <not an address>' })).toThrow(/MAIL_FROM must be an e-mail address/);
    expect(() => loadConfig({ ...valid, JOBS_WORKER: 'yes' })).toThrow(/JOBS_WORKER must be true or false/);
  });

  it('reads overrides', () => {
    const config = loadConfig({ ...valid, PORT: '8080', SEED_DEMO: 'false', NODE_ENV: 'production' });
    expect(config).toMatchObject({ port: 8080, seedDemo: false, nodeEnv: 'production', cookieSecure: true });
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: undefined }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['JWT_TTL_SECONDS', { JWT_TTL_SECONDS: '5' }],
    ['LOGIN_LIMIT_PER_EMAIL', { LOGIN_LIMIT_PER_EMAIL: '-1' }],
    ['LOGIN_DELAY_MAX_SECONDS', { LOGIN_DELAY_MAX_SECONDS: '0' }],
    ['LOGIN_LIMIT_WINDOW_SECONDS', { LOGIN_LIMIT_WINDOW_SECONDS: '60' }],
    ['LOGIN_LIMIT_WINDOW_SECONDS', { LOGIN_LIMIT_WINDOW_SECONDS: '100', LOGIN_DELAY_MAX_SECONDS: '100' }],
    ['SIGNUP_LIMIT_PER_IP', { SIGNUP_LIMIT_PER_IP: 'ten' }],
    ['SIGNUP_LIMIT_WINDOW_SECONDS', { SIGNUP_LIMIT_WINDOW_SECONDS: '600' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'true' }],
    ['TRUST_PROXY', { TRUST_PROXY: '11' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'yes' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/0' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.1,' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.256' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'loopback, everything' }],
  ])('names %s when it is malformed', (variable, override) => {
    const attempt = () => loadConfig({ ...valid, ...override });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    for (const value of [undefined, '', 'false', '0']) expect(loadConfig({ ...valid, TRUST_PROXY: value }).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.7, 2001:db8::/32, ::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.0.2.7',
      '2001:db8::/32',
      '::1',
    ]);
  });

  it('reads the throttling settings, LOGIN_LIMIT_* as the free failures and the quiet period that forgets them', () => {
    expect(loadConfig(valid)).toMatchObject({
      loginFreeFailuresPerEmail: 5,
      loginFreeFailuresPerIp: 20,
      loginMaxDelaySeconds: 60,
      loginForgetSeconds: 900,
      signUpFreeAttemptsPerEmail: 3,
      signUpFreeAttemptsPerIp: 10,
      signUpMaxDelaySeconds: 600,
      signUpForgetSeconds: 3600,
    });
    const config = loadConfig({
      ...valid,
      LOGIN_LIMIT_PER_EMAIL: '0',
      LOGIN_LIMIT_PER_IP: '50',
      LOGIN_DELAY_MAX_SECONDS: '1',
      LOGIN_LIMIT_WINDOW_SECONDS: '2',
    });
    expect(config).toMatchObject({ loginFreeFailuresPerEmail: 0, loginFreeFailuresPerIp: 50, loginMaxDelaySeconds: 1, loginForgetSeconds: 2 });
  });
});

describe('docker-compose.yml', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');

  it('keeps the session cookie Secure unless COOKIE_SECURE says otherwise', () => {
    // Compose substitutes ${COOKIE_SECURE:-default} when the variable is unset or empty.
    const line = /^\s*COOKIE_SECURE:\s*\$\{COOKIE_SECURE:-(\w+)\}\s*$/m.exec(compose);
    expect(line?.[1]).toBe('true');
    const environment = { ...valid, NODE_ENV: 'production', COOKIE_SECURE: line![1] };
    expect(loadConfig(environment).cookieSecure).toBe(true);
  });

  it('says when to set it false, in the comment right above it', () => {
    const lines = compose.split('\n');
    const at = lines.findIndex((line) => /^\s*COOKIE_SECURE:/.test(line));
    const comment: string[] = [];
    for (let i = at - 1; i >= 0 && /^\s*#/.test(lines[i]!); i--) comment.unshift(lines[i]!.replace(/^\s*#\s?/, ''));
    expect(comment.join(' ')).toMatch(/COOKIE_SECURE=false only when .*plain HTTP/);
  });
});
