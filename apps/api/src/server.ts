// The process entry used by `npm start`: validate configuration, migrate, seed the demo on first
// start when asked to, then serve.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from './config/config.js';
import { runMigrations } from './database/migrate.js';
import { startServer, type StartedApp } from './main.js';
import { DEMO_LOGINS, seedDemo } from './seed/demo.seed.js';

export interface RunOptions {
  /** Seed when SEED_DEMO is unset (the embedded database's first start). */
  seedByDefault?: boolean;
  env?: Record<string, string | undefined>;
}

export async function runServer(options: RunOptions = {}): Promise<StartedApp> {
  const config: AppConfig = loadConfig(options.env ?? process.env);
  const logger = new Logger('Allot');
  const applied = await runMigrations(config.databaseUrl, config.explicitAppDatabaseUrl);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  const seed = config.seedDemo ?? options.seedByDefault ?? false;
  const started = await startServer(config, async (app) => {
    if (!seed) return;
    const seeded = await seedDemo(app, app.get(DataSource));
    logger.log(seeded ? 'Demo data seeded.' : 'Demo data already present.');
  });
  if (seed) {
    const lines = DEMO_LOGINS.map((login) => `  ${login.role.padEnd(13)} ${login.email.padEnd(34)} ${login.password}`);
    console.log(`\nAllot is ready on ${started.url}\nDemo logins:\n${lines.join('\n')}\n`);
  } else {
    console.log(`\nAllot is ready on ${started.url}\n`);
  }
  return started;
}
