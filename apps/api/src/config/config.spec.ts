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
  ])('names %s when it is malformed', (variable, override) => {
    const attempt = () => loadConfig({ ...valid, ...override });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
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
