import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { DomainError } from './errors.js';
import {
  canonicalJson,
  chainVerification,
  extendChain,
  GENESIS_HASH,
  hashLogEntry,
  startChain,
  verifyChain,
  type ChainedLogEntry,
  type HashableLogEntry,
} from './log-hash.js';

const decision: HashableLogEntry = {
  seq: 1,
  kind: 'DECISION',
  title: 'Move to PostgreSQL 18',
  body: 'Agreed in the steering meeting — "no more MySQL".',
  clientId: 'c_01',
  authorId: 'u_07',
  occurredAt: '2026-04-30T09:00:00+02:00',
};

/** The spec's formula with Node's own SHA-256: an independent check of @noble/hashes and of canonicalJson. */
const referenceHash = (prevHash: string, entry: HashableLogEntry) =>
  createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(entry)}`, 'utf8')
    .digest('hex');

function chain(entries: readonly HashableLogEntry[]): ChainedLogEntry[] {
  let prevHash = GENESIS_HASH;
  return entries.map((entry) => {
    const hash = hashLogEntry(prevHash, entry);
    const chained = { ...entry, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

describe('canonicalJson', () => {
  it('writes exactly the ten keys, sorted, no spaces, absent values as null, time in UTC with milliseconds', () => {
    expect(canonicalJson(decision)).toBe(
      '{"authorId":"u_07","body":"Agreed in the steering meeting — \\"no more MySQL\\".","clientId":"c_01",' +
        '"dueDate":null,"kind":"DECISION","occurredAt":"2026-04-30T07:00:00.000Z","owner":null,' +
        '"refersToId":null,"seq":1,"title":"Move to PostgreSQL 18"}',
    );
  });

  it('ignores fields outside the spec and accepts a Date', () => {
    const withExtras = { ...decision, occurredAt: new Date('2026-04-30T07:00:00Z'), id: 'e_1', actionStatus: 'OPEN' };
    expect(canonicalJson(withExtras)).toBe(canonicalJson(decision));
  });

  it('keeps a due date, an owner and a reference', () => {
    const item = { ...decision, kind: 'ACTION_ITEM', dueDate: '2026-05-15', owner: 'Jana', refersToId: 'e_9' };
    expect(JSON.parse(canonicalJson(item))).toMatchObject({ dueDate: '2026-05-15', owner: 'Jana', refersToId: 'e_9' });
  });

  it.each([
    [{ occurredAt: '2026-04-30T09:00:00' }, 'occurredAt'],
    [{ occurredAt: 'yesterday' }, 'occurredAt'],
    [{ occurredAt: new Date('nonsense') }, 'occurredAt'],
    [{ dueDate: '15/05/2026' }, 'dueDate'],
  ])('refuses %p', (overrides, field) => {
    expect(() => canonicalJson({ ...decision, ...overrides })).toThrow(expect.objectContaining({ field }));
  });
});

describe('hashLogEntry', () => {
  it('is sha256_hex(prevHash + "\\n" + canonicalJson(entry))', () => {
    const hash = hashLogEntry(GENESIS_HASH, decision);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(referenceHash(GENESIS_HASH, decision));
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('agrees with the reference for any entry, unicode included', () => {
    const entry = fc.record({
      seq: fc.integer({ min: 1, max: 1_000_000 }),
      kind: fc.constantFrom('DECISION', 'NOTE', 'ACTION_ITEM'),
      title: fc.string({ unit: 'grapheme' }),
      body: fc.string({ unit: 'grapheme' }),
      clientId: fc.uuid(),
      authorId: fc.option(fc.uuid(), { nil: null }),
      owner: fc.option(fc.string(), { nil: undefined }),
      occurredAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), entry, (prevHash, value) => {
        expect(hashLogEntry(prevHash, value)).toBe(referenceHash(prevHash, value));
      }),
    );
  });
});

describe('verifyChain', () => {
  const entries: HashableLogEntry[] = [
    decision,
    { ...decision, seq: 2, kind: 'ACTION_ITEM', title: 'Draft the migration plan', body: '', owner: 'Jana', dueDate: '2026-05-15' },
    { ...decision, seq: 3, kind: 'STATUS_CHANGE', title: 'Done', body: '', refersToId: 'e_2', authorId: null },
  ];
  const valid = chain(entries);

  it('accepts an intact chain and reports its head', () => {
    expect(verifyChain(valid)).toEqual({ ok: true, entryCount: 3, headHash: valid[2]!.hash, firstBrokenSeq: null });
  });

  it('accepts the entries in any order', () => {
    expect(verifyChain([...valid].reverse()).ok).toBe(true);
  });

  it('accepts an empty log', () => {
    expect(verifyChain([])).toEqual({ ok: true, entryCount: 0, headHash: null, firstBrokenSeq: null });
  });

  it('finds an edited entry', () => {
    const edited = valid.map((entry) => (entry.seq === 2 ? { ...entry, title: 'Draft the plan' } : entry));
    expect(verifyChain(edited)).toMatchObject({ ok: false, entryCount: 3, firstBrokenSeq: 2 });
  });

  it('finds an entry rehashed after an edit, by the link of the next one', () => {
    const rehashed = { ...valid[1]!, title: 'Draft the plan' };
    const forged = [valid[0]!, { ...rehashed, hash: hashLogEntry(rehashed.prevHash, rehashed) }, valid[2]!];
    expect(verifyChain(forged).firstBrokenSeq).toBe(3);
  });

  it('finds a deleted entry, a duplicated one, and one that does not start at seq 1', () => {
    expect(verifyChain([valid[0]!, valid[2]!]).firstBrokenSeq).toBe(2);
    expect(verifyChain([valid[0]!, valid[1]!, valid[1]!, valid[2]!]).firstBrokenSeq).toBe(2);
    expect(verifyChain(valid.slice(1)).firstBrokenSeq).toBe(1);
  });

  it('finds a first entry that does not start from the genesis hash', () => {
    const [first] = chain([decision]);
    const moved = { ...first!, prevHash: 'f'.repeat(64) };
    expect(verifyChain([{ ...moved, hash: hashLogEntry(moved.prevHash, moved) }]).firstBrokenSeq).toBe(1);
  });

  it('reports a stored entry too malformed to hash as a break rather than throwing', () => {
    const malformed = valid.map((entry) => (entry.seq === 3 ? { ...entry, occurredAt: 'not a time' } : entry));
    expect(verifyChain(malformed)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds any single tampered field of any entry', () => {
    const fields = ['title', 'body', 'kind', 'clientId', 'authorId', 'owner', 'refersToId', 'dueDate', 'occurredAt'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...fields), (index, field) => {
        const replacement = field === 'occurredAt' ? '2026-05-01T00:00:00.000Z' : field === 'dueDate' ? '2031-01-01' : 'tampered';
        const tampered = valid.map((entry, at) => (at === index ? { ...entry, [field]: replacement } : entry));
        expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBrokenSeq: index + 1 });
      }),
    );
  });

  it('is what a client computes from the API with nothing but SHA-256', () => {
    let prev = GENESIS_HASH;
    for (const entry of valid) {
      expect(entry.hash).toBe(referenceHash(prev, entry));
      prev = entry.hash;
    }
    expect(() => hashLogEntry(GENESIS_HASH, { ...decision, occurredAt: '' })).toThrow(DomainError);
  });
});

describe('startChain / extendChain (verifyChain one entry at a time)', () => {
  const entries: HashableLogEntry[] = [1, 2, 3, 4].map((seq) => ({ ...decision, seq, title: `Decision ${seq}` }));
  const valid = chain(entries);
  const fold = (list: readonly ChainedLogEntry[]) => list.reduce(extendChain, startChain());

  it('starts empty at the genesis hash', () => {
    expect(startChain()).toEqual({ entryCount: 0, headHash: null, prevHash: GENESIS_HASH, firstBreak: null });
    expect(chainVerification(startChain())).toEqual(verifyChain([]));
  });

  it('agrees with verifyChain on intact and broken chains, in seq order', () => {
    const variants: ChainedLogEntry[][] = [
      valid,
      valid.slice(0, 1),
      [valid[0]!, valid[2]!, valid[3]!],
      [valid[0]!, valid[1]!, valid[1]!, valid[2]!],
      valid.slice(1),
      valid.map((entry) => (entry.seq === 2 ? { ...entry, body: 'softened' } : entry)),
      valid.map((entry) => (entry.seq === 3 ? { ...entry, occurredAt: 'not a time' } : entry)),
    ];
    for (const variant of variants) expect(chainVerification(fold(variant))).toEqual(verifyChain(variant));
  });

  it('says what breaks: a missing or repeated entry, a broken link, an altered or unreadable entry', () => {
    expect(fold([valid[0]!, valid[2]!]).firstBreak).toEqual({ seq: 2, reason: 'seq', expected: 2, actual: 3 });
    expect(fold([valid[0]!, valid[0]!]).firstBreak).toEqual({ seq: 1, reason: 'seq', expected: 2, actual: 1 });
    const relinked = { ...valid[1]!, prevHash: 'a'.repeat(64) };
    expect(fold([valid[0]!, relinked]).firstBreak).toEqual({ seq: 2, reason: 'prevHash', expected: valid[0]!.hash, actual: 'a'.repeat(64) });
    const edited = { ...valid[1]!, body: 'softened' };
    expect(fold([valid[0]!, edited]).firstBreak).toEqual({
      seq: 2,
      reason: 'hash',
      expected: hashLogEntry(valid[0]!.hash, edited),
      actual: valid[1]!.hash,
    });
    const unreadable = { ...valid[1]!, dueDate: 'soon' };
    expect(fold([valid[0]!, unreadable]).firstBreak).toEqual({ seq: 2, reason: 'unhashable', expected: null, actual: valid[1]!.hash });
  });

  it('keeps the first break, and still counts the rest and follows the head', () => {
    const edited = valid.map((entry) => (entry.seq === 2 ? { ...entry, body: 'softened' } : entry));
    const state = fold(edited);
    expect(state).toMatchObject({ entryCount: 4, headHash: valid[3]!.hash, firstBreak: { seq: 2, reason: 'hash' } });
  });
});
