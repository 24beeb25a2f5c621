// What this browser remembers of a client's log between visits: the head of the last chain it
// verified (seq and hash). A chain that verifies only proves its entries link together; a server
// could rewrite history and re-hash everything after it. Comparing with the remembered head is
// what shows that the log was only added to since this browser last looked — and nothing more:
// it says nothing about what happened before that, or what other browsers were shown.

/** The head of a chain this browser verified, and when it first saw that head. */
export interface RememberedHead {
  seq: number;
  hash: string;
  /** ISO 8601 instant. */
  seenAt: string;
}

/** How the chain verified now relates to the remembered head. */
export type HeadComparison =
  | { kind: 'first' }
  | { kind: 'same'; remembered: RememberedHead }
  | { kind: 'extends'; remembered: RememberedHead }
  | { kind: 'differs'; remembered: RememberedHead; hashNow: string }
  | { kind: 'shorter'; remembered: RememberedHead; endsAt: number };

const KEY_PREFIX = 'allot.chainHead.v1';
const HASH = /^[0-9a-f]{64}$/;

/**
 * Per user, workspace and client: two people sharing a browser, or one person in two workspaces,
 * each compare with what they themselves verified. The ids are encoded so that none can forge
 * another's key by containing the separator.
 */
export function chainMemoryKey(ids: { userId: string; workspaceId: string; clientId: string }): string {
  return [KEY_PREFIX, ids.userId, ids.workspaceId, ids.clientId].map(encodeURIComponent).join(':');
}

export function serialiseRememberedHead(head: RememberedHead): string {
  return JSON.stringify({ seq: head.seq, hash: head.hash, seenAt: head.seenAt });
}

/** Anything but a well-formed head (absent, edited by hand, an older format) counts as nothing remembered. */
export function parseRememberedHead(raw: string | null | undefined): RememberedHead | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash, seenAt } = value as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof hash !== 'string' || !HASH.test(hash)) return null;
  if (typeof seenAt !== 'string' || Number.isNaN(Date.parse(seenAt))) return null;
  return { seq, hash, seenAt };
}

/**
 * Compares a chain that has already verified (entries 1..entryCount, each linked to the one
 * before) with the remembered head. `hashAt` gives the hash the chain carries at a seq.
 */
export function compareWithRemembered(
  remembered: RememberedHead | null,
  chain: { entryCount: number; hashAt: (seq: number) => string | undefined },
): HeadComparison {
  if (!remembered) return { kind: 'first' };
  if (chain.entryCount < remembered.seq) return { kind: 'shorter', remembered, endsAt: chain.entryCount };
  const hashNow = chain.hashAt(remembered.seq);
  // A verified chain has every seq up to entryCount; a missing one is treated as a difference.
  if (hashNow !== remembered.hash) return { kind: 'differs', remembered, hashNow: hashNow ?? '' };
  return chain.entryCount === remembered.seq ? { kind: 'same', remembered } : { kind: 'extends', remembered };
}

/**
 * What to remember after a comparison, or null to leave the memory as it is: a difference is
 * never overwritten (the warning stays until the user accepts the new chain), an unchanged head
 * keeps the date it was first seen, and an empty log has nothing worth remembering.
 */
export function nextRememberedHead(
  comparison: HeadComparison,
  chain: { entryCount: number; headHash: string | null },
  now: Date,
): RememberedHead | null {
  if (comparison.kind !== 'first' && comparison.kind !== 'extends') return null;
  if (chain.entryCount < 1 || !chain.headHash) return null;
  return { seq: chain.entryCount, hash: chain.headHash, seenAt: now.toISOString() };
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

/** localStorage, or null where the browser refuses it (private modes, disabled storage). */
export function browserChainStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readRememberedHead(storage: ReadableStorage | null, key: string): RememberedHead | null {
  try {
    return parseRememberedHead(storage?.getItem(key));
  } catch {
    return null;
  }
}

/** Stores the head (null forgets it); false when the browser would not keep it. */
export function writeRememberedHead(
  storage: WritableStorage | null,
  key: string,
  head: RememberedHead | null,
): boolean {
  if (!storage) return false;
  try {
    if (head) storage.setItem(key, serialiseRememberedHead(head));
    else storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
