// The accountability log's tamper evidence, exactly as PRODUCT.md specifies it, so that a client
// can check the chain from what the API shows them with any SHA-256 and JSON.stringify:
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
  const headHash = ordered.at(-1)?.hash ?? null;
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of ordered.entries()) {
    const expectedSeq = index + 1;
    const intact = entry.seq === expectedSeq && entry.prevHash === prevHash && entry.hash === hashOrNull(prevHash, entry);
    if (!intact) return { ok: false, entryCount: ordered.length, headHash, firstBrokenSeq: Math.min(entry.seq, expectedSeq) };
    prevHash = entry.hash;
  }
  return { ok: true, entryCount: ordered.length, headHash, firstBrokenSeq: null };
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
