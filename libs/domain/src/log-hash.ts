// The accountability log's tamper evidence, exactly as docs/rules.md states it (rules 21–24), so
// that a client can check the chain from what the API shows them with any SHA-256 and
// JSON.stringify:
//   hash = sha256_hex(prevHash + "\n" + canonicalJson(entry)), the first prevHash 64 zeros.
// @noble/hashes rather than node:crypto because the browser runs this too.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { check, describeValue } from './errors.js';
import { isIsoDate } from './dates.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The hashed fields of a log entry, ids as the API shows them. */
export interface HashableLogEntry {
  readonly authorId?: string | null;
  readonly body: string;
  readonly clientId: string;
  readonly dueDate?: string | null;
  readonly kind: string;
  /** A Date, or an ISO 8601 timestamp with an offset; hashed as UTC with milliseconds. */
  readonly occurredAt: Date | string;
  readonly owner?: string | null;
  readonly refersToId?: string | null;
  readonly seq: number;
  readonly title: string;
}

export interface ChainedLogEntry extends HashableLogEntry {
  readonly prevHash: string;
  readonly hash: string;
}

/** The API's LogVerification. */
export interface ChainVerification {
  readonly ok: boolean;
  readonly entryCount: number;
  /** The hash the last entry carries; null for an empty log. */
  readonly headHash: string | null;
  /** The first seq at which the chain does not hold (a missing seq counts); null when ok. */
  readonly firstBrokenSeq: number | null;
}

/** JSON.stringify of exactly these keys in this order; absent values are null. */
export function canonicalJson(entry: HashableLogEntry): string {
  return JSON.stringify({
    authorId: entry.authorId ?? null,
    body: entry.body,
    clientId: entry.clientId,
    dueDate: canonicalDueDate(entry.dueDate),
    kind: entry.kind,
    occurredAt: canonicalInstant(entry.occurredAt),
    owner: entry.owner ?? null,
    refersToId: entry.refersToId ?? null,
    seq: entry.seq,
    title: entry.title,
  });
}

export function hashLogEntry(prevHash: string, entry: HashableLogEntry): string {
  return bytesToHex(sha256(utf8ToBytes(`${prevHash}\n${canonicalJson(entry)}`)));
}

/** Walks the entries in seq order; the first that is missing, unlinked or altered breaks the chain. */
export function verifyChain(entries: readonly ChainedLogEntry[]): ChainVerification {
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  return chainVerification(ordered.reduce(extendChain, startChain()));
}

/** Where and how a chain first fails to hold. */
export interface ChainBreak {
  /** The first seq at which the chain does not hold, as ChainVerification.firstBrokenSeq. */
  readonly seq: number;
  /**
   * seq: the entry is not the next one (one is missing, repeated or out of order);
   * prevHash: it does not link to the hash of the entry before it (the genesis hash for seq 1);
   * hash: its stored hash is not the hash of its content; unhashable: its content is too
   * malformed to hash.
   */
  readonly reason: 'seq' | 'prevHash' | 'hash' | 'unhashable';
  /** What the chain needs there (the seq, the previous hash, the recomputed hash; null if none). */
  readonly expected: number | string | null;
  /** What the entry has there. */
  readonly actual: number | string;
}

/**
 * verifyChain one entry at a time, for logs too long to hold in memory: fold the entries in
 * ascending seq order with extendChain, starting from startChain(). Once the chain is broken the
 * rest is only counted (the head hash still follows the last entry), exactly as verifyChain does.
 */
export interface ChainState {
  readonly entryCount: number;
  /** The hash the last entry added carries; null before any. */
  readonly headHash: string | null;
  /** The hash the next entry must link to (meaningful while unbroken). */
  readonly prevHash: string;
  readonly firstBreak: ChainBreak | null;
}

export function startChain(): ChainState {
  return { entryCount: 0, headHash: null, prevHash: GENESIS_HASH, firstBreak: null };
}

/** The state after `entry`, which must come in ascending seq order (as verifyChain sorts them). */
export function extendChain(state: ChainState, entry: ChainedLogEntry): ChainState {
  const entryCount = state.entryCount + 1;
  if (state.firstBreak) return { ...state, entryCount, headHash: entry.hash };
  const firstBreak = breakAt(entryCount, state.prevHash, entry);
  return { entryCount, headHash: entry.hash, prevHash: entry.hash, firstBreak };
}

/** The state as the API's LogVerification. */
export function chainVerification(state: ChainState): ChainVerification {
  return { ok: state.firstBreak === null, entryCount: state.entryCount, headHash: state.headHash, firstBrokenSeq: state.firstBreak?.seq ?? null };
}

function breakAt(expectedSeq: number, prevHash: string, entry: ChainedLogEntry): ChainBreak | null {
  const seq = Math.min(entry.seq, expectedSeq);
  if (entry.seq !== expectedSeq) return { seq, reason: 'seq', expected: expectedSeq, actual: entry.seq };
  if (entry.prevHash !== prevHash) return { seq, reason: 'prevHash', expected: prevHash, actual: entry.prevHash };
  const recomputed = hashOrNull(prevHash, entry);
  if (recomputed === null) return { seq, reason: 'unhashable', expected: null, actual: entry.hash };
  if (entry.hash !== recomputed) return { seq, reason: 'hash', expected: recomputed, actual: entry.hash };
  return null;
}

/** A stored entry too malformed to hash is a break in the chain, not a reason to stop checking. */
function hashOrNull(prevHash: string, entry: HashableLogEntry): string | null {
  try {
    return hashLogEntry(prevHash, entry);
  } catch {
    return null;
  }
}

// Without an offset a timestamp would be read in the verifier's own time zone.
const TIMESTAMP_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

function canonicalInstant(value: Date | string): string {
  const instant = typeof value === 'string' && TIMESTAMP_WITH_OFFSET.test(value) ? new Date(value) : value;
  const valid = instant instanceof Date && !Number.isNaN(instant.getTime());
  check(valid, 'occurredAt', `occurredAt must be an ISO 8601 timestamp with an offset (got ${describeValue(value)})`);
  return instant.toISOString();
}

function canonicalDueDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  check(isIsoDate(value), 'dueDate', `dueDate must be written YYYY-MM-DD (got ${describeValue(value)})`);
  return value;
}
