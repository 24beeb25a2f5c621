// Rule 9 of docs/rules.md: a client's months up to and including its latest invoiced month are
// locked. The lock is one column, clients.locked_through_month, moved forward by invoicing
// (lockClientThrough) and never backwards. Writers of dated engagement data (time, amendments,
// adjustments) read it with a share lock on the client row, and moving the lock updates that row,
// so an invoice being issued and a time entry being written for the same client never
// interleave: one waits for the other and then sees its result.
import { Injectable } from '@nestjs/common';
import { isMonth, type Month } from '@allot/domain';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/iso.js';
import { db } from '../../database/db.js';
import type { Principal } from '../../database/request-scope.js';
import { ClientEntity } from '../../database/entities.js';
import { clearRequestLoaders } from '../../graphql/request-loaders.js';
import { clientLoader } from '../clients/client.loader.js';

export function isLocked(lockedThrough: Month | null, month: Month): boolean {
  return lockedThrough !== null && month <= lockedThrough;
}

@Injectable()
export class MonthLockService {
  /**
   * The client, share-locked until the transaction ends, for a write of dated data: a concurrent
   * lockClientThrough waits for this transaction, and this one waits for it.
   */
  async clientForWrite(principal: Principal, clientId: string): Promise<ClientEntity> {
    if (!isUuid(clientId)) throw new NotFoundError('Client');
    if (principal.role === 'CLIENT_VIEWER' && clientId !== principal.clientId) throw new NotFoundError('Client');
    const manager = await db();
    const client = await manager.findOne(ClientEntity, {
      where: { id: clientId, workspaceId: principal.workspaceId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!client) throw new NotFoundError('Client');
    return client;
  }

  /** CONFLICT when `month` is locked for the client; `what` says what was refused. */
  assertUnlocked(client: Pick<ClientEntity, 'lockedThroughMonth'>, month: Month, what: string): void {
    if (isLocked(client.lockedThroughMonth, month)) {
      throw new ConflictError(
        `${what} ${month} is refused: months through ${client.lockedThroughMonth} are invoiced and locked. Correct them with a credit note instead.`,
      );
    }
  }

  /** The client's lock as the current request sees it (batched per request). */
  async lockedThrough(principal: Principal, clientId: string): Promise<Month | null> {
    return (await clientLoader(principal).load(clientId))?.lockedThroughMonth ?? null;
  }

  /**
   * Locks the client's months up to and including `month` (invoicing calls it when it issues the
   * month's invoice, in the same transaction). Never moves the lock backwards: locking an earlier
   * month than the current lock changes nothing. Returns the lock now in force.
   */
  async lockClientThrough(principal: Principal, clientId: string, month: Month): Promise<Month> {
    if (!isMonth(month)) throw new BadInputError('month', 'Month must be written YYYY-MM, like 2026-04.');
    if (!isUuid(clientId) || principal.role === 'CLIENT_VIEWER') throw new NotFoundError('Client');
    const manager = await db();
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [Array<{ locked_through_month: string }>, number] = await manager.query(
      `UPDATE clients SET locked_through_month = GREATEST(COALESCE(locked_through_month, $3), $3)
        WHERE workspace_id = $1 AND id = $2
        RETURNING locked_through_month`,
      [principal.workspaceId, clientId, month],
    );
    if (rows.length === 0) throw new NotFoundError('Client');
    clearRequestLoaders();
    return rows[0].locked_through_month;
  }
}
