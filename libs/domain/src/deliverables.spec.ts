import {
  DELIVERABLE_MOVES,
  DELIVERABLE_STATUSES,
  canEverMoveTo,
  deliverableMoves,
  findDeliverableMove,
  isDeliverableOverdue,
  moveNeedsComment,
  type DeliverableMover,
  type DeliverableStatus,
} from './deliverables.js';

const targets = (mover: DeliverableMover, from: DeliverableStatus) => deliverableMoves(mover, from).map((m) => m.to);

describe('deliverable moves', () => {
  it('lets the leader plan, work, deliver, withdraw, cancel (a delivered one too) and reopen', () => {
    expect(targets('LEADER', 'PLANNED')).toEqual(['IN_PROGRESS', 'DELIVERED', 'CANCELLED']);
    expect(targets('LEADER', 'IN_PROGRESS')).toEqual(['DELIVERED', 'PLANNED', 'CANCELLED']);
    expect(targets('LEADER', 'DELIVERED')).toEqual(['IN_PROGRESS', 'CANCELLED']);
    expect(targets('LEADER', 'CANCELLED')).toEqual(['PLANNED', 'IN_PROGRESS']);
  });

  it('lets the client viewer only answer a delivered deliverable: accept, or request changes with a comment', () => {
    expect(deliverableMoves('CLIENT_VIEWER', 'DELIVERED')).toEqual([
      { to: 'ACCEPTED', commentRequired: false },
      { to: 'IN_PROGRESS', commentRequired: true },
    ]);
    for (const from of DELIVERABLE_STATUSES.filter((s) => s !== 'DELIVERED')) expect(targets('CLIENT_VIEWER', from)).toEqual([]);
  });

  it('keeps ACCEPTED final, and accepting for the client only', () => {
    expect(targets('LEADER', 'ACCEPTED')).toEqual([]);
    expect(targets('CLIENT_VIEWER', 'ACCEPTED')).toEqual([]);
    expect(canEverMoveTo('LEADER', 'ACCEPTED')).toBe(false);
    // The API's FORBIDDEN messages rely on these: the leader reaches all but ACCEPTED, the client two statuses.
    expect(DELIVERABLE_STATUSES.filter((s) => canEverMoveTo('LEADER', s))).toEqual(['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED']);
    expect(DELIVERABLE_STATUSES.filter((s) => canEverMoveTo('CLIENT_VIEWER', s))).toEqual(['IN_PROGRESS', 'ACCEPTED']);
  });

  it('never offers a move to the same status, nor twice the same move', () => {
    for (const mover of Object.keys(DELIVERABLE_MOVES) as DeliverableMover[]) {
      for (const from of DELIVERABLE_STATUSES) {
        const to = targets(mover, from);
        expect(to).not.toContain(from);
        expect(new Set(to).size).toBe(to.length);
      }
    }
  });

  it('finds a move, or null when the role may not make it', () => {
    expect(findDeliverableMove('LEADER', 'DELIVERED', 'CANCELLED')).toEqual({ to: 'CANCELLED', commentRequired: false });
    expect(findDeliverableMove('LEADER', 'CANCELLED', 'IN_PROGRESS')).not.toBeNull();
    expect(findDeliverableMove('LEADER', 'CANCELLED', 'DELIVERED')).toBeNull();
    expect(findDeliverableMove('CLIENT_VIEWER', 'IN_PROGRESS', 'ACCEPTED')).toBeNull();
    expect(findDeliverableMove('LEADER', 'ARCHIVED' as DeliverableStatus, 'PLANNED')).toBeNull();
  });

  it('knows which moves need a comment before the deliverable is read', () => {
    expect(moveNeedsComment('CLIENT_VIEWER', 'IN_PROGRESS')).toBe(true);
    expect(moveNeedsComment('CLIENT_VIEWER', 'ACCEPTED')).toBe(false);
    expect(moveNeedsComment('LEADER', 'IN_PROGRESS')).toBe(false);
  });
});

describe('isDeliverableOverdue', () => {
  it('is past due and still open (PLANNED or IN_PROGRESS), today in the workspace zone', () => {
    expect(isDeliverableOverdue({ dueDate: '2026-04-29', status: 'IN_PROGRESS' }, '2026-04-30')).toBe(true);
    expect(isDeliverableOverdue({ dueDate: '2026-04-29', status: 'PLANNED' }, '2026-04-30')).toBe(true);
  });

  it('is not on its due date, without one, or once delivered, accepted or cancelled', () => {
    expect(isDeliverableOverdue({ dueDate: '2026-04-30', status: 'PLANNED' }, '2026-04-30')).toBe(false);
    expect(isDeliverableOverdue({ dueDate: null, status: 'PLANNED' }, '2026-04-30')).toBe(false);
    expect(isDeliverableOverdue({ status: 'PLANNED' }, '2026-04-30')).toBe(false);
    for (const status of ['DELIVERED', 'ACCEPTED', 'CANCELLED'] as const) {
      expect(isDeliverableOverdue({ dueDate: '2026-01-01', status }, '2026-04-30')).toBe(false);
    }
  });
});
