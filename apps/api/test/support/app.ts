// Boots the real API (real PostgreSQL, real migrations, real HTTP) for integration tests.
import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { runMigrations } from '../../src/database/migrate.js';
import { createDataSource } from '../../src/database/data-source.js';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/main.js';
import { testDatabaseUrl } from './database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** The database as its owner (the app itself serves as allot_login): for checks and sabotage. */
  owner: DataSource;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    JWT_SECRET: TEST_JWT_SECRET,
    // Every test signs up and logs in from 127.0.0.1: only tests about throttling lower these.
    LOGIN_LIMIT_PER_IP: '100000',
    SIGNUP_LIMIT_PER_IP: '100000',
    // Test files share one database: a worker in each would run the others' jobs. The tests about
    // jobs turn it on, on a database of their own.
    JOBS_WORKER: 'false',
    ...env,
  });
  await runMigrations(config.databaseUrl, config.explicitAppDatabaseUrl);
  const app = await createApp(config, { logger: ['error', 'warn'] });
  await app.init();
  const server = app.getHttpServer();
  const owner = await createDataSource(config.databaseUrl, 2).initialize();
  return {
    app,
    config,
    http: request(server),
    owner,
    close: async () => {
      await app.close();
      await owner.destroy();
    },
  };
}
