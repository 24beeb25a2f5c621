// The one place that answers "may this principal do this to these ids". Resolvers declare the
// action they perform (@Allow), which the roles guard checks before anything runs; services call
// requireAccess (or requireRole) for the same action with the ids they are about to touch, so a service
// called from anywhere (another service, a job, a seed) enforces its own policy beside the guard.
// PostgreSQL's row-level security and write policies (migrations/1767226300000-HardenTenancy.ts)
// are the second, independent line.
import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/iso.js';
import { db } from '../database/db.js';
import type { Principal, Role } from '../database/request-scope.js';

const EVERYONE: readonly Role[] = ['LEADER', 'ACCOUNTANT', 'CLIENT_VIEWER'];
const LEADER: readonly Role[] = ['LEADER'];
const ENGAGEMENT: readonly Role[] = ['LEADER', 'CLIENT_VIEWER'];
const INVOICING: readonly Role[] = ['LEADER', 'ACCOUNTANT'];

/** Every action and the roles that may perform it. */
export const POLICY = {
  'workspace.read': EVERYONE,
  'workspace.update': LEADER,
  'member.list': LEADER,
  'member.invite': LEADER,
  'invitation.list': LEADER,
  'invitation.revoke': LEADER,
  'client.read': EVERYONE,
  'client.create': LEADER,
  'client.update': LEADER,
  'client.archive': LEADER,
  'retainer.read': ENGAGEMENT,
  'retainer.write': LEADER,
  'timeEntry.read': ENGAGEMENT,
  'timeEntry.write': LEADER,
  'meeting.read': ENGAGEMENT,
  'meeting.write': LEADER,
  'deliverable.read': ENGAGEMENT,
  'deliverable.write': LEADER,
  /** Moving a deliverable: the leader along its workflow, the client to accept or send it back. */
  'deliverable.setStatus': ENGAGEMENT,
  'log.read': ENGAGEMENT,
  /** The leader appends any kind a person may write; a client viewer comments. */
  'log.append': ENGAGEMENT,
  'actionItem.setStatus': LEADER,
  'dashboard.read': ENGAGEMENT,
  'invoice.read': EVERYONE,
  'invoice.write': LEADER,
  'invoice.markPaid': INVOICING,
  'invoice.export': INVOICING,
  'session.own': EVERYONE,
  /** The workspace's e-mail, as sent or kept (Settings → Outbox). */
  'outbox.read': LEADER,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export const ACTION = 'allot:action';
export const ROLES = 'allot:roles';

/** Declares the action an operation performs: the roles guard lets only its roles through. */
export const Allow = (action: Action) => applyDecorators(SetMetadata(ACTION, action), SetMetadata(ROLES, POLICY[action]));

export function mayPerform(principal: Principal, action: Action): boolean {
  return (POLICY[action] as readonly Role[]).includes(principal.role);
}

/** What ids name, and how a row of it is scoped. */
type Resource = 'Client' | 'Retainer' | 'TimeEntry' | 'Meeting' | 'Deliverable' | 'LogEntry' | 'Invoice';

const RESOURCES: Record<Resource, { table: string; clientColumn: string; hiddenFromClient?: string }> = {
  Client: { table: 'clients', clientColumn: 'id' },
  Retainer: { table: 'retainers', clientColumn: 'client_id' },
  TimeEntry: { table: 'time_entries', clientColumn: 'client_id', hiddenFromClient: 'NOT billable' },
  Meeting: { table: 'meetings', clientColumn: 'client_id' },
  Deliverable: { table: 'deliverables', clientColumn: 'client_id' },
  LogEntry: { table: 'log_entries', clientColumn: 'client_id' },
  Invoice: { table: 'invoices', clientColumn: 'client_id', hiddenFromClient: "status = 'DRAFT'" },
};

const NAMES: Record<Resource, string> = {
  Client: 'Client',
  Retainer: 'Retainer',
  TimeEntry: 'Time entry',
  Meeting: 'Meeting',
  Deliverable: 'Deliverable',
  LogEntry: 'Log entry',
  Invoice: 'Invoice',
};

/** FORBIDDEN unless the principal's role may perform the action. */
export function requireRole(principal: Principal, action: Action): void {
  if (!mayPerform(principal, action)) throw new ForbiddenError();
}

/**
 * FORBIDDEN unless the role may perform the action; NOT_FOUND unless every id names a row of
 * the principal's workspace (and, for a client viewer, of its own client, and visible to it).
 * Existence outside the scope never leaks: such an id answers exactly like an unknown one.
 */
export async function requireAccess(principal: Principal, action: Action, resource: Resource, ids: string | readonly string[]): Promise<void> {
  requireRole(principal, action);
  const wanted = [...new Set(typeof ids === 'string' ? [ids] : ids)];
  if (wanted.length === 0) return;
  if (!wanted.every(isUuid)) throw new NotFoundError(NAMES[resource]);
  const { table, clientColumn, hiddenFromClient } = RESOURCES[resource];
  const params: unknown[] = [principal.workspaceId, wanted];
  let sql = `SELECT count(*)::int AS found FROM ${table} WHERE workspace_id = $1 AND id = ANY($2::uuid[])`;
  if (principal.role === 'CLIENT_VIEWER') {
    params.push(principal.clientId);
    sql += ` AND ${clientColumn} = $3${hiddenFromClient ? ` AND NOT (${hiddenFromClient})` : ''}`;
  }
  const [{ found }] = await (await db()).query(sql, params);
  if (found !== wanted.length) throw new NotFoundError(NAMES[resource]);
}
