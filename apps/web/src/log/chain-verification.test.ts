import { describe, expect, it } from 'vitest';
import { verifyClientLog, type ApiChainEntry } from './chain-verification';

// An independent oracle: the canonical JSON of docs/rules.md (rules 22–23) written out by hand and
// Web Crypto's SHA-256, so that the adapter (API fields → @allot/domain's verifyChain) is checked
// against the rules, not against itself.
async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function specCanonicalJson(clientId: string, e: Omit<ApiChainEntry, 'prevHash' | 'hash'>): string {
  const q = (v: string | null | undefined) => (v == null ? 'null' : JSON.stringify(v));
  return (
    `{"authorId":${q(e.author?.id)},"body":${q(e.body)},"clientId":${q(clientId)},"dueDate":${q(e.dueDate)},` +
    `"kind":${q(e.kind)},"occurredAt":${q(new Date(e.occurredAt).toISOString())},"owner":${q(e.owner)},` +
    `"refersToId":${q(e.refersTo?.id)},"seq":${e.seq},"title":${q(e.title)}}`
  );
}

async function chain(
  clientId: string,
  bodies: Omit<ApiChainEntry, 'seq' | 'prevHash' | 'hash'>[],
): Promise<ApiChainEntry[]> {
  let prev = '0'.repeat(64);
  const out: ApiChainEntry[] = [];
  for (const [i, b] of bodies.entries()) {
    const entry = { ...b, seq: i + 1 };
    const hash = await sha256Hex(`${prev}\n${specCanonicalJson(clientId, entry)}`);
    out.push({ ...entry, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const entries = await chain('c-1', [
  {
    kind: 'DECISION',
    title: 'Move to Postgres',
    body: 'Agreed in the leadership meeting',
    occurredAt: '2026-04-30T09:00:00+02:00',
    author: { id: 'u-1' },
  },
  {
    kind: 'ACTION_ITEM',
    title: 'Write migration plan',
    body: '',
    owner: 'CTO',
    dueDate: '2026-05-15',
    occurredAt: '2026-04-30T07:00:00.000Z',
    author: { id: 'u-1' },
  },
  {
    kind: 'STATUS_CHANGE',
    title: 'Done',
    body: 'Écrit — “merci”',
    occurredAt: '2026-05-01T00:00:00Z',
    author: { id: 'u-2' },
    refersTo: { id: 'e-2' },
  },
  { kind: 'SYSTEM', title: 'Invoice issued', body: 'INV-2026-0001', occurredAt: '2026-05-01T00:00:00Z', author: null },
]);

describe('verifyClientLog (the API’s fields through @allot/domain’s verifyChain)', () => {
  it('accepts an intact chain, in any order it arrives', () => {
    expect(verifyClientLog('c-1', [...entries].reverse())).toEqual({
      ok: true,
      entryCount: 4,
      headHash: entries[3]?.hash,
    });
  });

  it('accepts an empty log', () => {
    expect(verifyClientLog('c-1', [])).toEqual({ ok: true, entryCount: 0, headHash: null });
  });

  it('finds an edited entry', () => {
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, owner: 'CEO' } : e));
    expect(verifyClientLog('c-1', tampered)).toEqual({
      ok: false,
      entryCount: 4,
      firstBrokenSeq: 2,
      reason: 'its content does not match its hash',
    });
  });

  it('finds a removed entry', () => {
    const gap = entries.filter((e) => e.seq !== 2);
    expect(verifyClientLog('c-1', gap)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'entry #2 is missing' });
  });

  it('finds an entry that does not point at the one before it', () => {
    const relinked = entries.map((e) => (e.seq === 3 ? { ...e, prevHash: entries[0]!.hash } : e));
    expect(verifyClientLog('c-1', relinked)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'it does not point at the entry before it',
    });
  });

  it('finds an entry moved to another client', () => {
    expect(verifyClientLog('c-2', entries)).toMatchObject({ ok: false, firstBrokenSeq: 1 });
  });
});
