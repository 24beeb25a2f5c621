import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, verifyChain, webSha256Hex, type ChainEntry } from './chain-verification';

/** An independent SHA-256 (hex) the verifier is checked against: Node's Web Crypto. */
const sha = async (text: string) => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

async function chain(clientId: string, bodies: Omit<ChainEntry, 'seq' | 'prevHash' | 'hash'>[]): Promise<ChainEntry[]> {
  let prev = GENESIS_HASH;
  const out: ChainEntry[] = [];
  for (const [i, b] of bodies.entries()) {
    const partial = { ...b, seq: i + 1, prevHash: prev, hash: '' };
    const hash = await sha(`${prev}\n${canonicalJson(clientId, partial)}`);
    prev = hash;
    out.push({ ...partial, hash });
  }
  return out;
}

const entries = await chain('c-1', [
  { kind: 'DECISION', title: 'Move to Postgres', body: 'Agreed in the leadership meeting', occurredAt: '2026-04-30T09:00:00+02:00', author: { id: 'u-1' } },
  {
    kind: 'ACTION_ITEM',
    title: 'Write migration plan',
    body: '',
    owner: 'CTO',
    dueDate: '2026-05-15',
    occurredAt: '2026-04-30T07:00:00.000Z',
    author: { id: 'u-1' },
  },
  { kind: 'SYSTEM', title: 'Invoice issued', body: 'INV-2026-0001', occurredAt: '2026-05-01T00:00:00Z', author: null },
]);

describe('canonicalJson', () => {
  it('writes exactly the product’s keys, in order, with nulls and UTC milliseconds', () => {
    const second = entries[1] as ChainEntry;
    expect(canonicalJson('c-1', second)).toBe(
      '{"authorId":"u-1","body":"","clientId":"c-1","dueDate":"2026-05-15","kind":"ACTION_ITEM",' +
        '"occurredAt":"2026-04-30T07:00:00.000Z","owner":"CTO","refersToId":null,"seq":2,"title":"Write migration plan"}',
    );
    expect(canonicalJson('c-1', entries[0] as ChainEntry)).toContain('"occurredAt":"2026-04-30T07:00:00.000Z"');
    expect(canonicalJson('c-1', entries[2] as ChainEntry)).toContain('"authorId":null');
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, in any order it arrives', async () => {
    const result = await verifyChain('c-1', [...entries].reverse(), sha);
    expect(result).toEqual({ ok: true, entryCount: 3, headHash: entries[2]?.hash });
  });

  it('accepts an empty log', async () => {
    expect(await verifyChain('c-1', [], sha)).toEqual({ ok: true, entryCount: 0, headHash: null });
  });

  it('finds an edited entry', async () => {
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, owner: 'CEO' } : e));
    expect(await verifyChain('c-1', tampered, sha)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('finds a removed entry', async () => {
    const gap = entries.filter((e) => e.seq !== 2);
    expect(await verifyChain('c-1', gap, sha)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds an entry moved to another client', async () => {
    expect(await verifyChain('c-2', entries, sha)).toMatchObject({ ok: false, firstBrokenSeq: 1 });
  });

  it('uses Web Crypto by default', async () => {
    expect(await verifyChain('c-1', entries)).toMatchObject({ ok: true });
    expect(await webSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
