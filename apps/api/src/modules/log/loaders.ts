// Request-scoped DataLoaders for the nested fields of log entries (author, refersTo): one query
// per field per request, however many entries are shown.
import { In } from 'typeorm';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { UserEntity } from '../../database/entities.js';
import { byKeys, requestLoader } from '../../graphql/request-loaders.js';
import type { LogEntryRecord, LogService } from './log.service.js';

/** Users visible to the request (a log's authors are visible to whoever may read their entries). */
export function logAuthorLoader() {
  return requestLoader<string, UserEntity | null>('log.authorsById', async (ids) => {
    const manager = await db();
    const rows = await manager.find(UserEntity, { where: { id: In([...ids]) }, select: { id: true, email: true, name: true } });
    return byKeys(ids, rows, (row) => row.id);
  });
}

/** Log entries by id in the principal's scope. */
export function logEntryLoader(principal: Principal, log: LogService) {
  return requestLoader<string, LogEntryRecord | null>('log.entriesById', async (ids) => byKeys(ids, await log.getMany(principal, ids), (row) => row.id));
}
