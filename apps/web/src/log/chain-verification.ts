// Verifying a client's accountability log in the browser with the very rules the API uses:
// @allot/domain's verifyChain and hashLogEntry (canonical JSON, SHA-256, the genesis hash), fed
// with the fields exactly as the API shows them to this user.
import { GENESIS_HASH, hashLogEntry, verifyChain, type ChainedLogEntry } from '@allot/domain';

/** A log entry as the LogChain query returns it. */
export interface ApiChainEntry {
  seq: number;
  kind: string;
  title: string;
  body: string;
  owner?: string | null;
  dueDate?: string | null;
  occurredAt: string;
  prevHash: string;
  hash: string;
  author?: { id: string } | null;
  refersTo?: { id: string } | null;
}

export type ChainResult =
  | { ok: true; entryCount: number; headHash: string | null }
  | { ok: false; entryCount: number; firstBrokenSeq: number; reason: string };

export function toChainedEntry(clientId: string, e: ApiChainEntry): ChainedLogEntry {
  return {
    authorId: e.author?.id ?? null,
    body: e.body,
    clientId,
    dueDate: e.dueDate ?? null,
    kind: e.kind,
    occurredAt: e.occurredAt,
    owner: e.owner ?? null,
    refersToId: e.refersTo?.id ?? null,
    seq: e.seq,
    title: e.title,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** Why the chain does not hold at `seq` (verifyChain says where; this says what, for people). */
function reasonAt(entries: ChainedLogEntry[], seq: number): string {
  const previous = entries.find((e) => e.seq === seq - 1);
  const entry = entries.find((e) => e.seq === seq);
  if (!entry) return `entry #${seq} is missing`;
  const prevHash = seq === 1 ? GENESIS_HASH : (previous?.hash ?? null);
  if (entry.prevHash !== prevHash) return 'it does not point at the entry before it';
  try {
    return hashLogEntry(entry.prevHash, entry) === entry.hash
      ? 'it is out of sequence'
      : 'its content does not match its hash';
  } catch {
    return 'it cannot be read';
  }
}

export function verifyClientLog(clientId: string, entries: ApiChainEntry[]): ChainResult {
  const chained = entries.map((e) => toChainedEntry(clientId, e));
  const result = verifyChain(chained);
  if (result.ok) return { ok: true, entryCount: result.entryCount, headHash: result.headHash };
  const seq = result.firstBrokenSeq ?? 1;
  return { ok: false, entryCount: result.entryCount, firstBrokenSeq: seq, reason: reasonAt(chained, seq) };
}
