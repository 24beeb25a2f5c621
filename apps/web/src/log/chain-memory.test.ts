import { describe, expect, it } from 'vitest';
import {
  chainMemoryKey,
  compareWithRemembered,
  nextRememberedHead,
  parseRememberedHead,
  readRememberedHead,
  serialiseRememberedHead,
  writeRememberedHead,
  type RememberedHead,
} from './chain-memory';

const h = (c: string) => c.repeat(64);
const head47: RememberedHead = { seq: 47, hash: h('a'), seenAt: '2026-12-03T12:00:00.000Z' };

/** A verified chain of `count` entries whose hash at `seq` is given by `hashes`, else 'f'×64. */
function chainOf(count: number, hashes: Record<number, string> = {}) {
  return {
    entryCount: count,
    hashAt: (seq: number) => (seq >= 1 && seq <= count ? (hashes[seq] ?? h('f')) : undefined),
  };
}

describe('chainMemoryKey', () => {
  it('differs per user, workspace and client', () => {
    const base = { userId: 'u-1', workspaceId: 'ws-1', clientId: 'c-1' };
    const keys = new Set([
      chainMemoryKey(base),
      chainMemoryKey({ ...base, userId: 'u-2' }),
      chainMemoryKey({ ...base, workspaceId: 'ws-2' }),
      chainMemoryKey({ ...base, clientId: 'c-2' }),
    ]);
    expect(keys.size).toBe(4);
    expect(chainMemoryKey(base)).toBe('allot.chainHead.v1:u-1:ws-1:c-1');
  });

  it('cannot be forged by an id containing the separator', () => {
    expect(chainMemoryKey({ userId: 'u:1', workspaceId: 'ws', clientId: 'c' })).not.toBe(
      chainMemoryKey({ userId: 'u', workspaceId: '1:ws', clientId: 'c' }),
    );
  });
});

describe('parseRememberedHead / serialiseRememberedHead', () => {
  it('round-trips', () => {
    expect(parseRememberedHead(serialiseRememberedHead(head47))).toEqual(head47);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['not JSON', '{seq: 47'],
    ['JSON null', 'null'],
    ['a number', '47'],
    ['a seq of 0', JSON.stringify({ ...head47, seq: 0 })],
    ['a fractional seq', JSON.stringify({ ...head47, seq: 4.7 })],
    ['a seq as a string', JSON.stringify({ ...head47, seq: '47' })],
    ['a short hash', JSON.stringify({ ...head47, hash: 'abc' })],
    ['an upper-case hash', JSON.stringify({ ...head47, hash: 'A'.repeat(64) })],
    ['no date', JSON.stringify({ seq: 47, hash: h('a') })],
    ['a date that is not one', JSON.stringify({ ...head47, seenAt: 'yesterday' })],
  ])('treats %s as nothing remembered', (_, raw) => {
    expect(parseRememberedHead(raw)).toBeNull();
  });
});

describe('compareWithRemembered', () => {
  it('is a first check when nothing is remembered', () => {
    expect(compareWithRemembered(null, chainOf(3))).toEqual({ kind: 'first' });
  });

  it('sees the same head', () => {
    expect(compareWithRemembered(head47, chainOf(47, { 47: h('a') }))).toEqual({ kind: 'same', remembered: head47 });
  });

  it('sees a chain that extends the remembered head', () => {
    expect(compareWithRemembered(head47, chainOf(52, { 47: h('a') }))).toEqual({ kind: 'extends', remembered: head47 });
  });

  it('sees a rewritten entry at the remembered seq, however long the chain now is', () => {
    expect(compareWithRemembered(head47, chainOf(52, { 47: h('b') }))).toEqual({
      kind: 'differs',
      remembered: head47,
      hashNow: h('b'),
    });
    expect(compareWithRemembered(head47, chainOf(47, { 47: h('b') }))).toMatchObject({ kind: 'differs' });
  });

  it('sees a chain cut short, even to nothing', () => {
    expect(compareWithRemembered(head47, chainOf(45))).toEqual({ kind: 'shorter', remembered: head47, endsAt: 45 });
    expect(compareWithRemembered(head47, chainOf(0))).toEqual({ kind: 'shorter', remembered: head47, endsAt: 0 });
  });
});

describe('nextRememberedHead', () => {
  const now = new Date('2026-12-10T09:30:00Z');
  const chain52 = { entryCount: 52, headHash: h('c') };
  const fresh = { seq: 52, hash: h('c'), seenAt: '2026-12-10T09:30:00.000Z' };

  it('remembers the head on a first check and when the chain extends', () => {
    expect(nextRememberedHead({ kind: 'first' }, chain52, now)).toEqual(fresh);
    expect(nextRememberedHead({ kind: 'extends', remembered: head47 }, chain52, now)).toEqual(fresh);
  });

  it('keeps an unchanged head with the date it was first seen', () => {
    expect(
      nextRememberedHead({ kind: 'same', remembered: head47 }, { entryCount: 47, headHash: h('a') }, now),
    ).toBeNull();
  });

  it('never overwrites what differs', () => {
    expect(nextRememberedHead({ kind: 'differs', remembered: head47, hashNow: h('b') }, chain52, now)).toBeNull();
    expect(
      nextRememberedHead(
        { kind: 'shorter', remembered: head47, endsAt: 45 },
        { entryCount: 45, headHash: h('d') },
        now,
      ),
    ).toBeNull();
  });

  it('has nothing to remember of an empty log', () => {
    expect(nextRememberedHead({ kind: 'first' }, { entryCount: 0, headHash: null }, now)).toBeNull();
  });
});

describe('readRememberedHead / writeRememberedHead', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  }
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  };

  it('writes, reads and forgets', () => {
    const storage = memoryStorage();
    expect(writeRememberedHead(storage, 'k', head47)).toBe(true);
    expect(readRememberedHead(storage, 'k')).toEqual(head47);
    expect(writeRememberedHead(storage, 'k', null)).toBe(true);
    expect(storage.items.has('k')).toBe(false);
  });

  it('tolerates a browser without storage or one that refuses it', () => {
    expect(readRememberedHead(null, 'k')).toBeNull();
    expect(writeRememberedHead(null, 'k', head47)).toBe(false);
    expect(readRememberedHead(throwing, 'k')).toBeNull();
    expect(writeRememberedHead(throwing, 'k', head47)).toBe(false);
  });
});
