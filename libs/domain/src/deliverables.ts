// A deliverable's status (PRODUCT.md): PLANNED → IN_PROGRESS → DELIVERED → ACCEPTED, or
// CANCELLED. Who may move it from what to what is one table, which the API enforces and the web
// app turns into buttons; and when it counts as overdue.

import type { IsoDate } from './dates.js';

export type DeliverableStatus = 'PLANNED' | 'IN_PROGRESS' | 'DELIVERED' | 'ACCEPTED' | 'CANCELLED';

export const DELIVERABLE_STATUSES: readonly DeliverableStatus[] = ['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'CANCELLED'];

/** Who moves deliverables: the workspace's leader, or the client's viewer (its CEO). */
export type DeliverableMover = 'LEADER' | 'CLIENT_VIEWER';

export interface DeliverableMove {
  readonly to: DeliverableStatus;
  /** The move must say why (a client viewer requesting changes). */
  readonly commentRequired: boolean;
}

const move = (to: DeliverableStatus, commentRequired = false): DeliverableMove => ({ to, commentRequired });

/**
 * The moves, in the order a person is offered them (forward first). The leader plans, works,
 * delivers, withdraws a delivery, cancels (a delivered one awaiting acceptance too) and reopens a
 * cancelled one; only the client accepts. The client viewer answers a delivered deliverable:
 * accept it, or send it back to IN_PROGRESS with a comment. ACCEPTED is final.
 */
export const DELIVERABLE_MOVES: Readonly<Record<DeliverableMover, Readonly<Record<DeliverableStatus, readonly DeliverableMove[]>>>> = {
  LEADER: {
    PLANNED: [move('IN_PROGRESS'), move('DELIVERED'), move('CANCELLED')],
    IN_PROGRESS: [move('DELIVERED'), move('PLANNED'), move('CANCELLED')],
    DELIVERED: [move('IN_PROGRESS'), move('CANCELLED')],
    ACCEPTED: [],
    CANCELLED: [move('PLANNED'), move('IN_PROGRESS')],
  },
  CLIENT_VIEWER: {
    PLANNED: [],
    IN_PROGRESS: [],
    DELIVERED: [move('ACCEPTED'), move('IN_PROGRESS', true)],
    ACCEPTED: [],
    CANCELLED: [],
  },
};

/** The moves `mover` may make from `from` (none for an unknown status). */
export function deliverableMoves(mover: DeliverableMover, from: DeliverableStatus): readonly DeliverableMove[] {
  return DELIVERABLE_MOVES[mover][from] ?? [];
}

/** The move from `from` to `to` if `mover` may make it, else null. */
export function findDeliverableMove(mover: DeliverableMover, from: DeliverableStatus, to: DeliverableStatus): DeliverableMove | null {
  return deliverableMoves(mover, from).find((candidate) => candidate.to === to) ?? null;
}

/** Whether `mover` may ever move a deliverable to `to`, from whatever status. */
export function canEverMoveTo(mover: DeliverableMover, to: DeliverableStatus): boolean {
  return DELIVERABLE_STATUSES.some((from) => findDeliverableMove(mover, from, to) !== null);
}

/** Whether moving to `to` needs a comment from `mover` (known before the deliverable is read). */
export function moveNeedsComment(mover: DeliverableMover, to: DeliverableStatus): boolean {
  return DELIVERABLE_STATUSES.some((from) => findDeliverableMove(mover, from, to)?.commentRequired === true);
}

/** Still to be done: a deliverable in these statuses can be overdue. */
export const OPEN_DELIVERABLE_STATUSES: readonly DeliverableStatus[] = ['PLANNED', 'IN_PROGRESS'];

/** Past due and neither delivered, accepted nor cancelled; `today` in the workspace's time zone. */
export function isDeliverableOverdue(deliverable: { readonly dueDate?: IsoDate | null; readonly status: DeliverableStatus }, today: IsoDate): boolean {
  return deliverable.dueDate != null && deliverable.dueDate < today && OPEN_DELIVERABLE_STATUSES.includes(deliverable.status);
}
