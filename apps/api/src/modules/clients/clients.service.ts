// Client companies of a workspace. Reads are filtered by workspace (and, for a client viewer,
// by their client) in the query and again by row-level security.
import { requireAccess, requireRole } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { ClientEntity } from './client.entity.js';
import type { CreateClientInput, UpdateClientInput } from './dto.js';

function trimmed<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) out[key] = typeof value === 'string' ? value.trim() : value;
  return out as T;
}

@Injectable()
export class ClientsService {
  async list(principal: Principal, includeArchived: boolean): Promise<ClientEntity[]> {
    const manager = await db();
    const query = manager
      .createQueryBuilder(ClientEntity, 'c')
      .where('c.workspace_id = :workspaceId', { workspaceId: principal.workspaceId })
      .orderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (!includeArchived) query.andWhere('c.archived = false');
    if (principal.role === 'CLIENT_VIEWER') query.andWhere('c.id = :clientId', { clientId: principal.clientId });
    return query.getMany();
  }

  /** The client if it is in the caller's scope; NOT_FOUND otherwise, whether or not it exists. */
  async get(principal: Principal, id: string): Promise<ClientEntity> {
    if (!isUuid(id)) throw new NotFoundError('Client');
    if (principal.role === 'CLIENT_VIEWER' && id !== principal.clientId) throw new NotFoundError('Client');
    const manager = await db();
    const client = await manager.findOne(ClientEntity, { where: { id, workspaceId: principal.workspaceId } });
    if (!client) throw new NotFoundError('Client');
    return client;
  }

  async create(principal: Principal, input: CreateClientInput): Promise<ClientEntity> {
    requireRole(principal, 'client.create');
    const manager = await db();
    const values = trimmed(input);
    const client = manager.create(ClientEntity, {
      ...values,
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      vatId: values.vatId || null,
      billingEmail: values.billingEmail.toLowerCase(),
      archived: false,
    });
    await manager.insert(ClientEntity, client);
    return manager.findOneOrFail(ClientEntity, { where: { id: client.id, workspaceId: principal.workspaceId } });
  }

  async update(principal: Principal, input: UpdateClientInput): Promise<ClientEntity> {
    await requireAccess(principal, 'client.update', 'Client', input.id);
    const client = await this.get(principal, input.id);
    const { id: _id, ...fields } = trimmed(input);
    const changes: Partial<ClientEntity> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (value === null && key !== 'vatId') throw new BadInputError(key, `${key} cannot be empty.`);
      (changes as Record<string, unknown>)[key] = key === 'vatId' ? value || null : value;
    }
    if (changes.billingEmail) changes.billingEmail = changes.billingEmail.toLowerCase();
    const manager = await db();
    if (Object.keys(changes).length > 0) {
      await manager.update(ClientEntity, { id: client.id, workspaceId: principal.workspaceId }, { ...changes, updatedAt: new Date() });
    }
    return this.get(principal, client.id);
  }

  async archive(principal: Principal, id: string): Promise<ClientEntity> {
    await requireAccess(principal, 'client.archive', 'Client', id);
    const client = await this.get(principal, id);
    const manager = await db();
    await manager.update(ClientEntity, { id: client.id, workspaceId: principal.workspaceId }, { archived: true, updatedAt: new Date() });
    return this.get(principal, client.id);
  }
}
