// Meetings: scheduled, then recorded as HELD (logging its time and turning decisions and action
// items into accountability-log entries, all in the request's one transaction) or CANCELLED.
import { requireAccess } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { isIsoDate } from '@allot/domain';
import { randomUUID } from 'node:crypto';
import { In, type FindOptionsWhere } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { CursorCodec, pageOf } from '../../graphql/cursor.js';
import { ClientsService } from '../clients/clients.service.js';
import { LogService } from '../log/log.service.js';
import type { MeetingFilter, RecordMeetingInput, ScheduleMeetingInput } from './dto/meeting.inputs.js';
import { MeetingEntity, MeetingPrivateNotesEntity } from './meeting.entity.js';
import { MeetingStatusEnum } from '../../graphql/enums.js';
import { MeetingTimeRecorder } from './meeting-time-recorder.js';

export const MAX_PAGE_SIZE = 200;

export interface MeetingPage {
  nodes: MeetingEntity[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Soonest first: the cursor holds the last meeting's (startsAt, id). */
const CURSOR = new CursorCodec('meetings', ['timestamp', 'uuid']);

function cleanAttendees(attendees: string[]): string[] {
  return attendees.map((name) => name.trim()).filter((name) => name.length > 0);
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly clients: ClientsService,
    private readonly log: LogService,
    private readonly time: MeetingTimeRecorder,
  ) {}

  async schedule(principal: Principal, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    await requireAccess(principal, 'meeting.write', 'Client', input.clientId);
    const client = await this.clients.get(principal, input.clientId);
    if (client.archived) throw new ConflictError('This client is archived: restore it before scheduling meetings.');
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new BadInputError('endsAt', 'endsAt must be after startsAt.');
    if (input.endsAt.getTime() - input.startsAt.getTime() > 24 * 3600 * 1000) {
      throw new BadInputError('endsAt', 'A meeting lasts at most 24 hours.');
    }
    const manager = await db();
    const meeting = manager.create(MeetingEntity, {
      id: randomUUID(),
      workspaceId: principal.workspaceId,
      clientId: client.id,
      kind: input.kind,
      title: input.title.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      status: MeetingStatusEnum.SCHEDULED,
      attendees: cleanAttendees(input.attendees),
      agenda: input.agenda.trim(),
      sharedNotes: '',
      timeEntryId: null,
      recordedAt: null,
    });
    await manager.insert(MeetingEntity, meeting);
    return this.get(principal, meeting.id);
  }

  async record(principal: Principal, input: RecordMeetingInput): Promise<MeetingEntity> {
    await requireAccess(principal, 'meeting.write', 'Meeting', input.meetingId);
    for (const [index, item] of input.actionItems.entries()) {
      if (item.dueDate && !isIsoDate(item.dueDate)) {
        throw new BadInputError(`actionItems.${index}.dueDate`, 'dueDate must be a calendar date YYYY-MM-DD.');
      }
    }
    const meeting = await this.getForUpdate(principal, input.meetingId);
    if (meeting.status !== MeetingStatusEnum.SCHEDULED) {
      throw new ConflictError(`This meeting is already ${meeting.status.toLowerCase()}.`);
    }
    const durationMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60000);
    const minutes = input.minutes ?? Math.min(1440, Math.max(1, durationMinutes));
    const timeEntryId = await this.time.logMeetingTime(principal, {
      meetingId: meeting.id,
      clientId: meeting.clientId,
      startsAt: meeting.startsAt,
      minutes,
      retainerId: input.retainerId ?? null,
      description: meeting.title,
    });

    const manager = await db();
    const recordedAt = new Date();
    await manager.update(
      MeetingEntity,
      { id: meeting.id, workspaceId: principal.workspaceId },
      { status: MeetingStatusEnum.HELD, sharedNotes: input.sharedNotes.trim(), timeEntryId, recordedAt, updatedAt: recordedAt },
    );
    const privateNotes = input.privateNotes?.trim();
    if (privateNotes) {
      await manager.upsert(MeetingPrivateNotesEntity, { meetingId: meeting.id, workspaceId: principal.workspaceId, notes: privateNotes }, ['meetingId']);
    }

    const clientId = meeting.clientId;
    for (const decision of input.decisions) {
      await this.log.append(principal, { clientId, kind: 'DECISION', title: decision.trim(), body: `Decided in “${meeting.title}”.` });
    }
    for (const item of input.actionItems) {
      await this.log.append(principal, {
        clientId,
        kind: 'ACTION_ITEM',
        title: item.title.trim(),
        body: `From “${meeting.title}”.`,
        owner: item.owner.trim(),
        dueDate: item.dueDate ?? null,
      });
    }
    const summary = [`${minutes} minutes logged`];
    if (input.decisions.length) summary.push(`${input.decisions.length} decision${input.decisions.length === 1 ? '' : 's'}`);
    if (input.actionItems.length) summary.push(`${input.actionItems.length} action item${input.actionItems.length === 1 ? '' : 's'}`);
    await this.log.append(null, { clientId, kind: 'SYSTEM', title: `Meeting held: ${meeting.title}`, body: `${summary.join(', ')}.` });
    return this.get(principal, meeting.id);
  }

  async cancel(principal: Principal, id: string): Promise<MeetingEntity> {
    await requireAccess(principal, 'meeting.write', 'Meeting', id);
    const meeting = await this.getForUpdate(principal, id);
    if (meeting.status !== MeetingStatusEnum.SCHEDULED) throw new ConflictError(`This meeting is already ${meeting.status.toLowerCase()}.`);
    const manager = await db();
    await manager.update(MeetingEntity, { id: meeting.id, workspaceId: principal.workspaceId }, { status: MeetingStatusEnum.CANCELLED, updatedAt: new Date() });
    return this.get(principal, meeting.id);
  }

  async get(principal: Principal, id: string): Promise<MeetingEntity> {
    if (!isUuid(id)) throw new NotFoundError('Meeting');
    const manager = await db();
    const meeting = await manager.findOne(MeetingEntity, { where: this.scoped(principal, { id }) });
    if (!meeting) throw new NotFoundError('Meeting');
    return meeting;
  }

  async getMany(principal: Principal, ids: readonly string[]): Promise<MeetingEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const manager = await db();
    return manager.find(MeetingEntity, { where: this.scoped(principal, { id: In(valid) }) });
  }

  async page(principal: Principal, filter: MeetingFilter, first: number, after: string | null): Promise<MeetingPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const cursor = CURSOR.decode(after);
    if (filter.clientId) await this.clients.get(principal, filter.clientId);
    const manager = await db();
    const query = manager.createQueryBuilder(MeetingEntity, 'm').where('m.workspace_id = :workspaceId', { workspaceId: principal.workspaceId });
    if (principal.role === 'CLIENT_VIEWER') query.andWhere('m.client_id = :viewerClient', { viewerClient: principal.clientId });
    if (filter.clientId) query.andWhere('m.client_id = :clientId', { clientId: filter.clientId });
    if (filter.from) query.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('m.starts_at < :to', { to: filter.to });
    if (filter.status?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.status });
    const totalCount = await query.clone().getCount();
    if (cursor) {
      const [startsAt, id] = cursor;
      query.andWhere('(m.starts_at, m.id) > (:afterStart, :afterId)', { afterStart: startsAt, afterId: id });
    }
    const rows = await query
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(first + 1)
      .getMany();
    return { ...pageOf(rows, first, (meeting) => CURSOR.encode(meeting.startsAt, meeting.id)), totalCount };
  }

  /** Private notes by meeting id; always empty for anyone but the leader. */
  async privateNotes(principal: Principal, meetingIds: readonly string[]): Promise<Map<string, string>> {
    if (principal.role !== 'LEADER' || meetingIds.length === 0) return new Map();
    const manager = await db();
    const rows = await manager.find(MeetingPrivateNotesEntity, {
      where: { workspaceId: principal.workspaceId, meetingId: In([...meetingIds]) },
    });
    return new Map(rows.map((row) => [row.meetingId, row.notes]));
  }

  private scoped(principal: Principal, where: FindOptionsWhere<MeetingEntity>): FindOptionsWhere<MeetingEntity> {
    return principal.role === 'CLIENT_VIEWER'
      ? { ...where, workspaceId: principal.workspaceId, clientId: principal.clientId ?? '' }
      : { ...where, workspaceId: principal.workspaceId };
  }

  private async getForUpdate(principal: Principal, id: string): Promise<MeetingEntity> {
    if (!isUuid(id)) throw new NotFoundError('Meeting');
    const manager = await db();
    const meeting = await manager.findOne(MeetingEntity, { where: this.scoped(principal, { id }), lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw new NotFoundError('Meeting');
    return meeting;
  }
}
