import { minutesPerDay } from '@allot/domain';
import { Injectable } from '@nestjs/common';
import { requireRole } from '../../access/access-policy.js';
import { withDomainErrors } from '../../common/domain-errors.js';
import { NotFoundError } from '../../common/errors.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import type { UpdateWorkspaceInput } from './dto.js';
import { WorkspaceEntity } from './workspace.entity.js';

@Injectable()
export class WorkspaceService {
  async get(workspaceId: string): Promise<WorkspaceEntity> {
    const manager = await db();
    const workspace = await manager.findOne(WorkspaceEntity, { where: { id: workspaceId } });
    if (!workspace) throw new NotFoundError('Workspace');
    return workspace;
  }

  async update(principal: Principal, input: UpdateWorkspaceInput): Promise<WorkspaceEntity> {
    requireRole(principal, 'workspace.update');
    const manager = await db();
    const workspace = await manager.findOne(WorkspaceEntity, {
      where: { id: principal.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!workspace) throw new NotFoundError('Workspace');
    const { hoursPerDay, vatId, ...rest } = input;
    const changes: Partial<WorkspaceEntity> = {};
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && value !== null) (changes as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
    }
    if (hoursPerDay !== undefined && hoursPerDay !== null) changes.minutesPerDay = withDomainErrors(() => minutesPerDay(hoursPerDay));
    if (vatId !== undefined) changes.vatId = vatId?.trim() || null;
    if (Object.keys(changes).length > 0) await manager.update(WorkspaceEntity, { id: workspace.id }, changes);
    return manager.findOneOrFail(WorkspaceEntity, { where: { id: workspace.id } });
  }
}
