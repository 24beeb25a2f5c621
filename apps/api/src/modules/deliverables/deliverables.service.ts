// Deliverables of a client: the leader plans and moves them; the client viewer accepts a delivered
// one or sends it back with a comment. Every change of status (and creation, and a moved due
// date) is written to the client's accountability log in the same transaction.
import { requireAccess } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canEverMoveTo, findDeliverableMove, isIsoDate, moveNeedsComment, OPEN_DELIVERABLE_STATUSES, type DeliverableMover, type IsoDate } from '@allot/domain';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { UserEntity } from '../../database/entities.js';
import { clearRequestLoaders } from '../../graphql/request-loaders.js';
import { ClientsService } from '../clients/clients.service.js';
import { LogService, MAX_BODY } from '../log/log.service.js';
import { workspaceToday } from '../log/workspace-today.js';
import { DeliverableEntity, type DeliverableStatusValue } from './deliverable.entity.js';
import { MAX_DELIVERABLE_TITLE, MAX_DESCRIPTION, type CreateDeliverableInput, type UpdateDeliverableInput } from './dto.js';

function describeMove(from: DeliverableStatusValue, to: DeliverableStatusValue, byClient: boolean): string {
  if (to === 'IN_PROGRESS' && from === 'DELIVERED') return byClient ? 'Changes requested' : 'Delivery withdrawn';
  if (to === 'IN_PROGRESS' && from === 'CANCELLED') return 'Deliverable reopened';
  if (to === 'PLANNED' && from === 'CANCELLED') return 'Deliverable reopened';
  const verbs: Record<DeliverableStatusValue, string> = {
    PLANNED: 'Deliverable moved back to planned',
    IN_PROGRESS: 'Deliverable started',
    DELIVERED: 'Deliverable delivered',
    ACCEPTED: 'Deliverable accepted',
    CANCELLED: 'Deliverable cancelled',
  };
  return verbs[to];
}

/** For the demo seed and imports only: when the change happened (the log stays in time order). */
export interface WriteOptions {
  at?: Date;
}

function cleanTitle(value: string | null | undefined): string {
  const title = (value ?? '').trim();
  if (title.length === 0) throw new BadInputError('title', 'title must not be empty.');
  if (title.length > MAX_DELIVERABLE_TITLE) throw new BadInputError('title', `title must be at most ${MAX_DELIVERABLE_TITLE} characters.`);
  return title;
}

function cleanDescription(value: string | null | undefined): string {
  const description = (value ?? '').trim();
  if (description.length > MAX_DESCRIPTION) throw new BadInputError('description', `description must be at most ${MAX_DESCRIPTION} characters.`);
  return description;
}

function cleanDueDate(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) throw new BadInputError('dueDate', 'dueDate must be a calendar date YYYY-MM-DD.');
  return value;
}

@Injectable()
export class DeliverablesService {
  constructor(
    private readonly clients: ClientsService,
    private readonly log: LogService,
  ) {}

  /** Deliverables in the caller's scope, soonest due first (no due date last). */
  async list(principal: Principal, clientId?: string | null, statuses?: readonly DeliverableStatusValue[] | null): Promise<DeliverableEntity[]> {
    const manager = await db();
    const query = manager
      .createQueryBuilder(DeliverableEntity, 'd')
      .where('d.workspace_id = :workspaceId', { workspaceId: principal.workspaceId })
      .orderBy('d.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC');
    if (clientId !== undefined && clientId !== null) {
      const client = await this.clients.get(principal, clientId);
      query.andWhere('d.client_id = :clientId', { clientId: client.id });
    }
    if (principal.role === 'CLIENT_VIEWER') query.andWhere('d.client_id = :ownClientId', { ownClientId: principal.clientId });
    if (statuses && statuses.length > 0) query.andWhere('d.status IN (:...statuses)', { statuses: [...new Set(statuses)] });
    return query.getMany();
  }

  /** One deliverable in the caller's scope; NOT_FOUND otherwise (malformed ids included). */
  async get(principal: Principal, id: string, lock = false): Promise<DeliverableEntity> {
    if (!isUuid(id)) throw new NotFoundError('Deliverable');
    const manager = await db();
    const where: Record<string, unknown> = { id, workspaceId: principal.workspaceId };
    if (principal.role === 'CLIENT_VIEWER') where.clientId = principal.clientId;
    const deliverable = await manager.findOne(DeliverableEntity, { where, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!deliverable) throw new NotFoundError('Deliverable');
    return deliverable;
  }

  async create(principal: Principal, input: CreateDeliverableInput, options: WriteOptions = {}): Promise<DeliverableEntity> {
    await requireAccess(principal, 'deliverable.write', 'Client', input.clientId);
    const title = cleanTitle(input.title);
    const description = cleanDescription(input.description);
    const dueDate = cleanDueDate(input.dueDate);
    const client = await this.clients.get(principal, input.clientId);
    const retainerId = input.retainerId ? await this.retainerOfClient(principal, client.id, input.retainerId) : null;
    const manager = await db();
    const id = randomUUID();
    const now = options.at ?? new Date();
    await manager.insert(DeliverableEntity, {
      id,
      workspaceId: principal.workspaceId,
      clientId: client.id,
      retainerId,
      title,
      description,
      dueDate,
      status: 'PLANNED',
      deliveredAt: null,
      acceptedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.log.append(principal, {
      clientId: client.id,
      kind: 'SYSTEM',
      title: `Deliverable planned: ${title}`,
      body: dueDate ? `Due ${dueDate}.` : '',
      dueDate,
      occurredAt: options.at,
    });
    clearRequestLoaders();
    return this.get(principal, id);
  }

  async update(principal: Principal, input: UpdateDeliverableInput): Promise<DeliverableEntity> {
    await requireAccess(principal, 'deliverable.write', 'Deliverable', input.id);
    const changes: Partial<DeliverableEntity> = {};
    if (input.title !== undefined) changes.title = cleanTitle(input.title);
    if (input.description !== undefined) {
      if (input.description === null) throw new BadInputError('description', 'description cannot be null; send "" to clear it.');
      changes.description = cleanDescription(input.description);
    }
    if (input.dueDate !== undefined) changes.dueDate = cleanDueDate(input.dueDate);
    const deliverable = await this.get(principal, input.id, true);
    if (deliverable.status === 'ACCEPTED') throw new ConflictError('An accepted deliverable is final and cannot be edited.');
    if (Object.keys(changes).length === 0) return deliverable;
    const manager = await db();
    await manager.update(DeliverableEntity, { id: deliverable.id, workspaceId: principal.workspaceId }, { ...changes, updatedAt: new Date() });
    if (changes.dueDate !== undefined && changes.dueDate !== deliverable.dueDate) {
      const title = changes.title ?? deliverable.title;
      const from = deliverable.dueDate ?? 'none';
      const to = changes.dueDate ?? 'none';
      await this.log.append(principal, {
        clientId: deliverable.clientId,
        kind: 'SYSTEM',
        title: `Due date changed: ${title}`,
        body: `Due date moved from ${from} to ${to}.`,
        dueDate: changes.dueDate,
      });
    }
    clearRequestLoaders();
    return this.get(principal, deliverable.id);
  }

  /**
   * Moves a deliverable along the domain's DELIVERABLE_MOVES: the leader plans, works, delivers,
   * cancels and reopens; the client viewer accepts a delivered one or sends it back with a
   * comment. What a role may never reach is FORBIDDEN before the deliverable is read; a move its
   * current status does not allow is a CONFLICT. Appends a SYSTEM entry for the move and, when a
   * comment is given, a COMMENT referring to it.
   */
  async setStatus(
    principal: Principal,
    id: string,
    status: DeliverableStatusValue,
    comment?: string | null,
    options: WriteOptions = {},
  ): Promise<DeliverableEntity> {
    await requireAccess(principal, 'deliverable.setStatus', 'Deliverable', id);
    const byClient = principal.role === 'CLIENT_VIEWER';
    const mover: DeliverableMover | null = principal.role === 'LEADER' ? 'LEADER' : byClient ? 'CLIENT_VIEWER' : null;
    // The leader reaches every status but ACCEPTED (the domain's test holds the table to that).
    if (mover === 'LEADER' && !canEverMoveTo(mover, status)) throw new ForbiddenError('Only the client accepts a deliverable.');
    if (mover === 'CLIENT_VIEWER' && !canEverMoveTo(mover, status)) {
      throw new ForbiddenError('A client viewer may only accept a delivered deliverable or request changes.');
    }
    if (mover === null) throw new ForbiddenError();
    const note = (comment ?? '').trim();
    if (note.length > MAX_BODY) throw new BadInputError('comment', `comment must be at most ${MAX_BODY} characters.`);
    if (moveNeedsComment(mover, status) && note.length === 0) {
      throw new BadInputError('comment', 'Say what should change: a comment is required to request changes.');
    }

    const deliverable = await this.get(principal, id, true);
    const from = deliverable.status;
    if (from === status) throw new ConflictError(`The deliverable is already ${status}.`);
    if (findDeliverableMove(mover, from, status) === null) throw new ConflictError(`A deliverable cannot move from ${from} to ${status}.`);

    const now = options.at ?? new Date();
    const changes: Partial<DeliverableEntity> = { status, updatedAt: now };
    if (status === 'DELIVERED') changes.deliveredAt = now;
    else if (status === 'ACCEPTED') changes.acceptedAt = now;
    else changes.deliveredAt = null;
    const manager = await db();
    await manager.update(DeliverableEntity, { id: deliverable.id, workspaceId: principal.workspaceId }, changes);

    const actor = await manager.findOne(UserEntity, { where: { id: principal.userId }, select: { id: true, name: true } });
    const system = await this.log.append(principal, {
      clientId: deliverable.clientId,
      kind: 'SYSTEM',
      title: `${describeMove(from, status, byClient)}: ${deliverable.title}`,
      body: `Status ${from} → ${status}${actor ? `, by ${actor.name}` : ''}.`,
      occurredAt: options.at,
    });
    if (note.length > 0) {
      await this.log.append(principal, {
        clientId: deliverable.clientId,
        kind: 'COMMENT',
        title: `Comment on “${deliverable.title}”`,
        body: note,
        refersToId: system.id,
        occurredAt: options.at,
      });
    }
    clearRequestLoaders();
    return this.get(principal, deliverable.id);
  }

  /**
   * Overdue deliverables per client (due before `today`, by default today in the workspace time
   * zone, and still PLANNED or IN_PROGRESS). One query for any number of clients; every asked
   * client is present, with 0 when none.
   */
  async overdueCounts(principal: Principal, clientIds: readonly string[], today?: IsoDate): Promise<Map<string, number>> {
    const ids = [...new Set(clientIds.filter(isUuid))];
    const counts = new Map<string, number>(ids.map((id) => [id, 0]));
    if (ids.length === 0) return counts;
    const rows = await this.overdue(principal, ids, today);
    for (const row of rows) counts.set(row.clientId, (counts.get(row.clientId) ?? 0) + 1);
    return counts;
  }

  /** The overdue deliverables themselves (for alerts), oldest due date first. One query. */
  async overdue(principal: Principal, clientIds: readonly string[], today?: IsoDate): Promise<DeliverableEntity[]> {
    const ids = [...new Set(clientIds.filter(isUuid))];
    if (ids.length === 0) return [];
    const day = today ?? (await workspaceToday(principal.workspaceId));
    const manager = await db();
    const query = manager
      .createQueryBuilder(DeliverableEntity, 'd')
      .where('d.workspace_id = :workspaceId', { workspaceId: principal.workspaceId })
      .andWhere('d.client_id IN (:...ids)', { ids })
      .andWhere('d.due_date < :day', { day })
      .andWhere('d.status IN (:...open)', { open: OPEN_DELIVERABLE_STATUSES })
      .orderBy('d.due_date', 'ASC')
      .addOrderBy('d.id', 'ASC');
    if (principal.role === 'CLIENT_VIEWER') query.andWhere('d.client_id = :ownClientId', { ownClientId: principal.clientId });
    return query.getMany();
  }

  /** A retainer of this client; NOT_FOUND outside the workspace, BAD_USER_INPUT for another client's. */
  private async retainerOfClient(principal: Principal, clientId: string, retainerId: string): Promise<string> {
    if (!isUuid(retainerId)) throw new NotFoundError('Retainer');
    const manager = await db();
    const [row] = await manager.query(`SELECT client_id FROM retainers WHERE workspace_id = $1 AND id = $2`, [principal.workspaceId, retainerId]);
    if (!row) throw new NotFoundError('Retainer');
    if (row.client_id !== clientId) throw new BadInputError('retainerId', 'retainerId must be a retainer of the same client.');
    return retainerId;
  }
}
