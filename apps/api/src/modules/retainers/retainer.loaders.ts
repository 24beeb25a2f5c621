// Per-request batched reads of retainers and what their balances are computed from. Each loader
// costs one query per request however many retainers or clients ask, so a page of N clients with
// their retainers and balances costs a constant number of queries.
import type { Month } from '@allot/domain';
import { In } from 'typeorm';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { WorkspaceEntity } from '../../database/entities.js';
import { byKeys, groupByKeys, requestLoader } from '../../graphql/request-loaders.js';
import { AllocationAdjustmentEntity, AllocationAmendmentEntity } from './allocation.entity.js';
import { RetainerEntity } from './retainer.entity.js';

/** The caller's scope as a TypeORM where clause: the workspace, and a client viewer's client. */
function scoped(principal: Principal): { workspaceId: string; clientId?: string } {
  return principal.role === 'CLIENT_VIEWER' && principal.clientId
    ? { workspaceId: principal.workspaceId, clientId: principal.clientId }
    : { workspaceId: principal.workspaceId };
}

export function retainerLoader(principal: Principal) {
  return requestLoader<string, RetainerEntity | null>('retainers.byId', async (ids) => {
    const rows = await (await db()).find(RetainerEntity, { where: { ...scoped(principal), id: In([...ids]) } });
    return byKeys(ids, rows, (row) => row.id);
  });
}

/** A client's retainers, oldest first. */
export function retainersByClientLoader(principal: Principal) {
  return requestLoader<string, RetainerEntity[]>('retainers.byClient', async (clientIds) => {
    const where = { ...scoped(principal) };
    const rows = await (
      await db()
    ).find(RetainerEntity, {
      where: where.clientId ? where : { ...where, clientId: In([...clientIds]) },
      order: { startMonth: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(clientIds, rows, (row) => row.clientId);
  });
}

/** A retainer's amendments by effective month. */
export function amendmentsLoader(principal: Principal) {
  return requestLoader<string, AllocationAmendmentEntity[]>('retainers.amendments', async (retainerIds) => {
    const rows = await (
      await db()
    ).find(AllocationAmendmentEntity, {
      where: { ...scoped(principal), retainerId: In([...retainerIds]) },
      order: { effectiveMonth: 'ASC' },
    });
    return groupByKeys(retainerIds, rows, (row) => row.retainerId);
  });
}

/** A retainer's adjustments by month, then as they were made. */
export function adjustmentsLoader(principal: Principal) {
  return requestLoader<string, AllocationAdjustmentEntity[]>('retainers.adjustments', async (retainerIds) => {
    const rows = await (
      await db()
    ).find(AllocationAdjustmentEntity, {
      where: { ...scoped(principal), retainerId: In([...retainerIds]) },
      order: { month: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return groupByKeys(retainerIds, rows, (row) => row.retainerId);
  });
}

/** Billable minutes per month from the rollup (never from time entries). */
export function usageLoader(principal: Principal) {
  return requestLoader<string, Map<Month, number>>('retainers.usage', async (retainerIds) => {
    const viewerClient = principal.role === 'CLIENT_VIEWER' ? principal.clientId : null;
    const rows: Array<{ retainer_id: string; month: string; billable_minutes: number }> = await (
      await db()
    ).query(
      `SELECT retainer_id, month, billable_minutes FROM retainer_month_usage
        WHERE workspace_id = $1 AND retainer_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR client_id = $3::uuid)`,
      [principal.workspaceId, [...retainerIds], viewerClient],
    );
    return groupByKeys(retainerIds, rows, (row) => row.retainer_id).map((group) => new Map(group.map((row) => [row.month, row.billable_minutes])));
  });
}

export function workspaceLoader() {
  return requestLoader<string, WorkspaceEntity | null>('workspaces.byId', async (ids) => {
    const rows = await (await db()).find(WorkspaceEntity, { where: { id: In([...ids]) } });
    return byKeys(ids, rows, (row) => row.id);
  });
}
