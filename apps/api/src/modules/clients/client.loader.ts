// Clients by id, batched per request: Retainer.client, TimeEntry.locked and the like cost one
// query per request, however many rows ask. Rows outside the caller's workspace (or, for a client
// viewer, other clients) are absent, as row-level security would make them anyway.
import { In } from 'typeorm';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { byKeys, requestLoader } from '../../graphql/request-loaders.js';
import { ClientEntity } from './client.entity.js';

export function clientLoader(principal: Principal) {
  return requestLoader<string, ClientEntity | null>('clients.byId', async (ids) => {
    const visible = principal.role === 'CLIENT_VIEWER' ? ids.filter((id) => id === principal.clientId) : [...ids];
    if (visible.length === 0) return ids.map(() => null);
    const rows = await (await db()).find(ClientEntity, { where: { id: In(visible), workspaceId: principal.workspaceId } });
    return byKeys(ids, rows, (row) => row.id);
  });
}
