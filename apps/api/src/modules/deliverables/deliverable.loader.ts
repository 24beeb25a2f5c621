// Deliverables by id, batched per request (TimeEntry.deliverable and the like). Rows outside the
// caller's scope are absent.
import { In } from 'typeorm';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { byKeys, requestLoader } from '../../graphql/request-loaders.js';
import { DeliverableEntity } from './deliverable.entity.js';

export function deliverableLoader(principal: Principal) {
  return requestLoader<string, DeliverableEntity | null>('deliverables.byId', async (ids) => {
    const where: Record<string, unknown> = { id: In(ids.filter(isUuid)), workspaceId: principal.workspaceId };
    if (principal.role === 'CLIENT_VIEWER') where.clientId = principal.clientId;
    const rows = await (await db()).find(DeliverableEntity, { where });
    return byKeys(ids, rows, (row) => row.id);
  });
}
