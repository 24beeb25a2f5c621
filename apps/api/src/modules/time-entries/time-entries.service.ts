// Time entries: minutes of work on a date against a retainer. Every write checks its fields
// before anything is written, refuses dates in invoiced months (docs/rules.md, rule 9; both the
// old and the new date when an entry moves), and changes the monthly usage rollup in the same
// transaction, so balances add up to the minute without ever scanning time entries.
import { requireAccess, requireRole } from '../../access/access-policy.js';
import { Injectable } from '@nestjs/common';
import { isActiveMonth, isIsoDate, monthOfDate, type IsoDate } from '@allot/domain';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { ClientEntity, type RetainerEntity } from '../../database/entities.js';
import { CursorCodec, pageOf } from '../../graphql/cursor.js';
import { byKeys, clearRequestLoaders, requestLoader } from '../../graphql/request-loaders.js';
import { MonthLockService } from '../retainers/month-lock.service.js';
import { RetainersService } from '../retainers/retainers.service.js';
import { TimeEntryEntity, type TimeCategoryValue } from './time-entry.entity.js';
import { applyUsageDeltas } from './usage-rollup.js';

export const TIME_CATEGORIES: readonly TimeCategoryValue[] = ['MEETING', 'DELIVERABLE', 'ADVISORY', 'ASYNC', 'TRAVEL', 'OTHER'];
export const MAX_ENTRY_MINUTES = 1440;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** What logTime takes; meetingId is for the meetings module, which logs a held meeting's time. */
export interface LogTimeValues {
  retainerId: string;
  date: IsoDate;
  minutes: number;
  category: TimeCategoryValue;
  description: string;
  /** Defaults to true. */
  billable?: boolean | null;
  deliverableId?: string | null;
  meetingId?: string | null;
}

export interface TimeEntryChanges {
  id: string;
  date?: IsoDate | null;
  minutes?: number | null;
  category?: TimeCategoryValue | null;
  description?: string | null;
  billable?: boolean | null;
}

export interface TimeEntryFilterValues {
  clientId?: string | null;
  retainerId?: string | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
}

export interface TimeEntryPage {
  nodes: TimeEntryEntity[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

function checkDate(date: unknown, field = 'date'): IsoDate {
  if (!isIsoDate(date)) throw new BadInputError(field, `${field} must be a calendar date written YYYY-MM-DD, like 2026-04-30.`);
  return date;
}

function checkMinutes(minutes: unknown): number {
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ENTRY_MINUTES) {
    throw new BadInputError('minutes', `minutes must be a whole number from 1 to ${MAX_ENTRY_MINUTES} (one day).`);
  }
  return minutes;
}

function checkCategory(category: unknown): TimeCategoryValue {
  if (!TIME_CATEGORIES.includes(category as TimeCategoryValue)) {
    throw new BadInputError('category', `category must be one of ${TIME_CATEGORIES.join(', ')}.`);
  }
  return category as TimeCategoryValue;
}

function checkDescription(description: unknown): string {
  const text = typeof description === 'string' ? description.trim() : '';
  if (text.length === 0) throw new BadInputError('description', 'description cannot be empty: say what the time was spent on.');
  if (text.length > 2000) throw new BadInputError('description', 'description must be at most 2000 characters.');
  return text;
}

function dateInside(retainer: RetainerEntity, date: IsoDate): void {
  if (!isActiveMonth(retainer, monthOfDate(date))) {
    const span = retainer.endMonth ? `${retainer.startMonth} to ${retainer.endMonth}` : `${retainer.startMonth} on`;
    throw new BadInputError('date', `date ${date} is outside the retainer's months (${span}).`);
  }
}

/** Newest first: the cursor holds the last entry's (date, createdAt, id). */
const CURSOR = new CursorCodec('timeEntries', ['date', 'timestamp', 'uuid']);

@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly retainers: RetainersService,
    private readonly locks: MonthLockService,
  ) {}

  /** The entry if it is in the caller's scope; NOT_FOUND otherwise. */
  async get(principal: Principal, id: string): Promise<TimeEntryEntity> {
    if (!isUuid(id)) throw new NotFoundError('Time entry');
    const entry = await timeEntryLoader(principal).load(id);
    if (!entry) throw new NotFoundError('Time entry');
    return entry;
  }

  /**
   * Logs time against a retainer (logTime; the meetings module calls it with meetingId when a
   * meeting is recorded as held, inside its own transaction). Refuses bad fields naming them,
   * dates outside the retainer's months, and locked months (CONFLICT).
   */
  async log(principal: Principal, values: LogTimeValues): Promise<TimeEntryEntity> {
    requireRole(principal, 'timeEntry.write');
    const date = checkDate(values.date);
    const minutes = checkMinutes(values.minutes);
    const category = checkCategory(values.category);
    const description = checkDescription(values.description);
    const billable = values.billable ?? true;
    const { retainer, client } = await this.retainers.getForWrite(principal, values.retainerId);
    dateInside(retainer, date);
    this.locks.assertUnlocked(client, monthOfDate(date), 'Time dated in');
    if (values.deliverableId != null) await this.checkDeliverable(principal, retainer, values.deliverableId);
    if (values.meetingId != null && !isUuid(values.meetingId)) throw new NotFoundError('Meeting');

    const manager = await db();
    const id = randomUUID();
    await manager.insert(TimeEntryEntity, {
      id,
      workspaceId: principal.workspaceId,
      clientId: retainer.clientId,
      retainerId: retainer.id,
      date,
      minutes,
      category,
      description,
      billable,
      meetingId: values.meetingId ?? null,
      deliverableId: values.deliverableId ?? null,
      createdBy: principal.userId,
    });
    if (billable) await applyUsageDeltas(principal, [{ clientId: retainer.clientId, retainerId: retainer.id, month: monthOfDate(date), minutes }]);
    clearRequestLoaders();
    return this.get(principal, id);
  }

  async update(principal: Principal, changes: TimeEntryChanges): Promise<TimeEntryEntity> {
    await requireAccess(principal, 'timeEntry.write', 'TimeEntry', changes.id);
    for (const field of ['date', 'minutes', 'category', 'description', 'billable'] as const) {
      if (changes[field] === null) throw new BadInputError(field, `${field} cannot be empty: leave it out to keep the current value.`);
    }
    const date = changes.date === undefined ? undefined : checkDate(changes.date);
    const minutes = changes.minutes === undefined ? undefined : checkMinutes(changes.minutes);
    const category = changes.category === undefined ? undefined : checkCategory(changes.category);
    const description = changes.description === undefined ? undefined : checkDescription(changes.description);
    const { entry, retainer, client } = await this.lockEntry(principal, changes.id);

    const next = {
      date: date ?? entry.date,
      minutes: minutes ?? entry.minutes,
      category: category ?? entry.category,
      description: description ?? entry.description,
      billable: changes.billable ?? entry.billable,
    };
    if (date !== undefined) dateInside(retainer, date);
    this.locks.assertUnlocked(client, monthOfDate(entry.date), 'Changing time dated in');
    this.locks.assertUnlocked(client, monthOfDate(next.date), 'Moving time into');

    const manager = await db();
    await manager.update(TimeEntryEntity, { id: entry.id, workspaceId: principal.workspaceId }, { ...next, updatedAt: new Date() });
    await applyUsageDeltas(principal, [
      { clientId: entry.clientId, retainerId: entry.retainerId, month: monthOfDate(entry.date), minutes: entry.billable ? -entry.minutes : 0 },
      { clientId: entry.clientId, retainerId: entry.retainerId, month: monthOfDate(next.date), minutes: next.billable ? next.minutes : 0 },
    ]);
    clearRequestLoaders();
    return this.get(principal, entry.id);
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    await requireAccess(principal, 'timeEntry.write', 'TimeEntry', id);
    const { entry, client } = await this.lockEntry(principal, id);
    this.locks.assertUnlocked(client, monthOfDate(entry.date), 'Deleting time dated in');
    const manager = await db();
    await manager.delete(TimeEntryEntity, { id: entry.id, workspaceId: principal.workspaceId });
    if (entry.billable) {
      await applyUsageDeltas(principal, [{ clientId: entry.clientId, retainerId: entry.retainerId, month: monthOfDate(entry.date), minutes: -entry.minutes }]);
    }
    clearRequestLoaders();
    return true;
  }

  /**
   * The entry locked for a change, with its retainer and client share-locked first (the order
   * every writer takes them in), and re-read after the locks so that it is current.
   */
  private async lockEntry(principal: Principal, id: string): Promise<{ entry: TimeEntryEntity; retainer: RetainerEntity; client: ClientEntity }> {
    const found = await this.get(principal, id);
    const { retainer, client } = await this.retainers.getForWrite(principal, found.retainerId);
    const manager = await db();
    const entry = await manager.findOne(TimeEntryEntity, {
      where: { id: found.id, workspaceId: principal.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entry) throw new NotFoundError('Time entry');
    return { entry, retainer, client };
  }

  /** A linked deliverable must be the retainer's client's. */
  private async checkDeliverable(principal: Principal, retainer: RetainerEntity, deliverableId: string): Promise<void> {
    if (!isUuid(deliverableId)) throw new NotFoundError('Deliverable');
    const manager = await db();
    const [row]: Array<{ client_id: string }> = await manager.query(`SELECT client_id FROM deliverables WHERE workspace_id = $1 AND id = $2`, [
      principal.workspaceId,
      deliverableId,
    ]);
    if (!row) throw new NotFoundError('Deliverable');
    if (row.client_id !== retainer.clientId) {
      throw new BadInputError('deliverableId', "The deliverable belongs to another client than the retainer's.");
    }
  }

  /** Newest first (date, then when logged); `first` is capped at MAX_PAGE_SIZE. */
  async list(principal: Principal, filter: TimeEntryFilterValues, first: number | null | undefined, after: string | null | undefined): Promise<TimeEntryPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0) throw new BadInputError('first', 'first must be a whole number, 0 or more.');
    const limit = Math.min(size, MAX_PAGE_SIZE);
    const from = filter.from == null ? null : checkDate(filter.from, 'filter.from');
    const to = filter.to == null ? null : checkDate(filter.to, 'filter.to');
    if (from && to && to < from) throw new BadInputError('filter.to', `filter.to (${to}) must not be before filter.from (${from}).`);
    const cursor = CURSOR.decode(after);

    const manager = await db();
    const query = manager.createQueryBuilder(TimeEntryEntity, 'te').where('te.workspace_id = :workspaceId', { workspaceId: principal.workspaceId });
    // A client sees what its days went on: billable time only (PostgreSQL's policy agrees).
    if (principal.role === 'CLIENT_VIEWER') query.andWhere('te.client_id = :viewerClientId AND te.billable', { viewerClientId: principal.clientId });
    if (filter.clientId != null) {
      if (!isUuid(filter.clientId) || (principal.role === 'CLIENT_VIEWER' && filter.clientId !== principal.clientId)) throw new NotFoundError('Client');
      const exists = await manager.exists(ClientEntity, { where: { id: filter.clientId, workspaceId: principal.workspaceId } });
      if (!exists) throw new NotFoundError('Client');
      query.andWhere('te.client_id = :clientId', { clientId: filter.clientId });
    }
    if (filter.retainerId != null) {
      const retainer = await this.retainers.get(principal, filter.retainerId);
      query.andWhere('te.retainer_id = :retainerId', { retainerId: retainer.id });
    }
    if (from) query.andWhere('te.date >= :from', { from });
    if (to) query.andWhere('te.date <= :to', { to });
    const totalCount = await query.clone().getCount();
    if (cursor) {
      const [cursorDate, cursorCreatedAt, cursorId] = cursor;
      query.andWhere('(te.date, te.created_at, te.id) < (:cursorDate::date, :cursorCreatedAt::timestamptz, :cursorId::uuid)', {
        cursorDate,
        cursorCreatedAt,
        cursorId,
      });
    }
    const rows = await query
      .orderBy('te.date', 'DESC')
      .addOrderBy('te.createdAt', 'DESC')
      .addOrderBy('te.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return { ...pageOf(rows, limit, (entry) => CURSOR.encode(entry.date, entry.createdAt, entry.id)), totalCount };
  }
}

/** What a principal may read of time entries: a client viewer, their client's billable ones. */
function visibleTo(principal: Principal): { clientId?: string; billable?: true } {
  return principal.role === 'CLIENT_VIEWER' && principal.clientId ? { clientId: principal.clientId, billable: true } : {};
}

/** Time entries by id, batched per request. */
export function timeEntryLoader(principal: Principal) {
  return requestLoader<string, TimeEntryEntity | null>('timeEntries.byId', async (ids) => {
    const where = visibleTo(principal);
    const rows = await (await db()).find(TimeEntryEntity, { where: { ...where, workspaceId: principal.workspaceId, id: In([...ids]) } });
    return byKeys(ids, rows, (row) => row.id);
  });
}

/** The time entry a held meeting logged, by meeting id (for Meeting.timeEntry), batched per request. */
export function timeEntryByMeetingLoader(principal: Principal) {
  return requestLoader<string, TimeEntryEntity | null>('timeEntries.byMeeting', async (meetingIds) => {
    const where = visibleTo(principal);
    const rows = await (
      await db()
    ).find(TimeEntryEntity, {
      where: { ...where, workspaceId: principal.workspaceId, meetingId: In([...meetingIds]) },
    });
    return byKeys(meetingIds, rows, (row) => row.meetingId as string);
  });
}
