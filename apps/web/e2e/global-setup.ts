import type { TestProject } from 'vitest/node';
import { freshDatabase, type FreshDatabase } from './database';
import { startAllot, type RunningServer } from './server';

let database: FreshDatabase | undefined;
let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  database = await freshDatabase();
  try {
    server = await startAllot(database.url);
  } catch (error) {
    await database.drop();
    database = undefined;
    throw error;
  }
  console.log(
    `Allot (demo data, database ${database.name}) ready on ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  try {
    await server?.stop();
  } finally {
    await database?.drop();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
