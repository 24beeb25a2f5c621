// The monthly usage rollup (retainer_month_usage): billable minutes per retainer and month,
// changed in the same transaction as every time-entry write. Increments are INSERT … ON CONFLICT
// DO UPDATE, which adds concurrent writes up exactly (each waits for the row lock of the one
// before and adds to its result); decrements update the row the increment made.
import type { Month } from '@allot/domain';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';

export interface UsageDelta {
  clientId: string;
  retainerId: string;
  month: Month;
  /** Billable minutes to add (negative to remove). */
  minutes: number;
}

export async function applyUsageDeltas(principal: Principal, deltas: readonly UsageDelta[]): Promise<void> {
  const merged = new Map<string, UsageDelta>();
  for (const delta of deltas) {
    const key = `${delta.retainerId}|${delta.month}`;
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, minutes: existing.minutes + delta.minutes } : { ...delta });
  }
  // Rows are always locked in one order, so two writers moving minutes between the same two
  // months in opposite directions cannot deadlock.
  const ordered = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, delta]) => delta);
  const manager = await db();
  for (const { clientId, retainerId, month, minutes } of ordered) {
    if (minutes > 0) {
      await manager.query(
        `INSERT INTO retainer_month_usage (workspace_id, client_id, retainer_id, month, billable_minutes)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id, retainer_id, month)
         DO UPDATE SET billable_minutes = retainer_month_usage.billable_minutes + EXCLUDED.billable_minutes`,
        [principal.workspaceId, clientId, retainerId, month, minutes],
      );
    } else if (minutes < 0) {
      const [, affected]: [unknown[], number] = await manager.query(
        `UPDATE retainer_month_usage SET billable_minutes = billable_minutes + $4
          WHERE workspace_id = $1 AND retainer_id = $2 AND month = $3`,
        [principal.workspaceId, retainerId, month, minutes],
      );
      if (affected !== 1) throw new Error(`Usage rollup of retainer ${retainerId} has no row for ${month} to take ${-minutes} minutes from.`);
    }
  }
}
