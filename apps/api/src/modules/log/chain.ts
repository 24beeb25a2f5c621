// A client's hash chain as stored: the columns that are hashed, read into libs/domain's
// ChainedLogEntry, and the check of the chain head (log_heads) against the last entry. One
// source for both verifyAccountabilityLog and the operator's `npm run verify-logs`, so that they
// cannot disagree about what a stored chain is or where it breaks.
import { GENESIS_HASH, type ChainedLogEntry } from '@allot/domain';

/** The hashed columns (and the stored links) of log_entries aliased `e`, in the shape of ChainRow. */
export const CHAIN_COLUMNS = `e.client_id, e.seq, e.kind, e.title, e.body, e.owner, e.due_date::text AS due_date, e.refers_to_id,
  e.author_id, e.occurred_at, e.prev_hash, e.hash`;

export interface ChainRow {
  client_id: string;
  seq: number | string;
  kind: string;
  title: string;
  body: string;
  owner: string | null;
  /** YYYY-MM-DD: read as text, never through a time zone. */
  due_date: string | null;
  refers_to_id: string | null;
  author_id: string | null;
  occurred_at: Date;
  prev_hash: string;
  hash: string;
}

export function chainedEntryOf(row: ChainRow): ChainedLogEntry {
  return {
    authorId: row.author_id,
    body: row.body,
    clientId: row.client_id,
    dueDate: row.due_date,
    kind: row.kind,
    occurredAt: row.occurred_at,
    owner: row.owner,
    refersToId: row.refers_to_id,
    seq: Number(row.seq),
    title: row.title,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A row of log_heads. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** How log_heads disagrees with the entries, and the first seq that is not vouched for. */
export interface HeadMismatch {
  /**
   * missing: no head row although there are entries; ahead: the head names a later seq than the
   * last entry (entries after it are gone; for an empty chain, all of them); behind: an earlier
   * one; hash: the right seq with another hash.
   */
  reason: 'missing' | 'ahead' | 'behind' | 'hash';
  firstBrokenSeq: number;
  /** What the head should say: the last entry's seq and hash (0 and the genesis hash when empty). */
  expected: ChainHead;
  /** What it says (null when there is no row). */
  actual: ChainHead | null;
}

/**
 * Compares a client's head row with the chain's entry count and last hash. No row and a row at
 * seq 0 with the genesis hash both mean "empty" (the append path creates the row that way before
 * its first entry), so they agree with a chain without entries.
 */
export function checkHead(chain: { entryCount: number; headHash: string | null }, head: ChainHead | null): HeadMismatch | null {
  const expected = { seq: chain.entryCount, hash: chain.headHash ?? GENESIS_HASH };
  const stated = head ?? { seq: 0, hash: GENESIS_HASH };
  if (stated.seq === expected.seq && stated.hash === expected.hash) return null;
  const count = expected.seq;
  const firstBrokenSeq = stated.seq !== count ? Math.min(stated.seq, count) + 1 : Math.max(count, 1);
  const reason = head === null ? 'missing' : stated.seq > count ? 'ahead' : stated.seq < count ? 'behind' : 'hash';
  return { reason, firstBrokenSeq, expected, actual: head };
}
