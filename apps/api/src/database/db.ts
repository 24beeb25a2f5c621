import type { EntityManager } from 'typeorm';
import { currentScope } from './request-scope.js';

/** The current request's transaction, with its tenant settings applied. */
export function db(): Promise<EntityManager> {
  return currentScope().manager();
}
