import { BadInputError } from '../common/errors.js';
import { CursorCodec, pageOf } from './cursor.js';

const ID = '3f0c6a52-9d1e-4c1b-8f57-0b6d2f1e9a10';
const meetings = new CursorCodec('meetings', ['timestamp', 'uuid']);
const entries = new CursorCodec('timeEntries', ['date', 'timestamp', 'uuid']);
const invoices = new CursorCodec('invoices', ['month', 'timestamp', 'uuid']);
const log = new CursorCodec('accountabilityLog', ['seq']);

const raw = (payload: unknown) => Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');

function refusal(decode: () => unknown): unknown {
  try {
    decode();
  } catch (error) {
    return error instanceof BadInputError ? { code: error.code, field: error.field } : error;
  }
  return 'accepted';
}

describe('CursorCodec', () => {
  it('reads back what it writes, timestamps as ISO strings with milliseconds', () => {
    expect(meetings.decode(meetings.encode(new Date('2026-03-12T09:00:00+01:00'), ID))).toEqual(['2026-03-12T08:00:00.000Z', ID]);
    expect(entries.decode(entries.encode('2026-03-03', new Date('2026-03-03T10:11:12.345Z'), ID))).toEqual(['2026-03-03', '2026-03-03T10:11:12.345Z', ID]);
    expect(invoices.decode(invoices.encode('0001-01', new Date('9999-12-31T23:59:59.999Z'), ID))).toEqual(['0001-01', '9999-12-31T23:59:59.999Z', ID]);
    expect(log.decode(log.encode(2_147_483_647))).toEqual([2_147_483_647]);
  });

  it('means the first page when there is no cursor', () => {
    expect(meetings.decode(null)).toBeNull();
    expect(meetings.decode(undefined)).toBeNull();
  });

  it('writes only keys it can read back', () => {
    expect(() => log.encode(0)).toThrow(/not a valid seq/);
    expect(() => meetings.encode(new Date('garbage'), ID)).toThrow();
    expect(() => entries.encode('2026-02-30', new Date(), ID)).toThrow(/not a valid date/);
  });

  const good = meetings.encode(new Date('2026-03-12T09:00:00Z'), ID);
  // Unpadded, the last character of a length not divisible by 4 has unused low bits.
  function withStrayBit(cursor: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const changed = `${cursor.slice(0, -1)}${alphabet[alphabet.indexOf(cursor.at(-1)!) ^ 1]}`;
    expect(cursor.length % 4).not.toBe(0);
    expect(Buffer.from(changed, 'base64url').equals(Buffer.from(cursor, 'base64url'))).toBe(true);
    return changed;
  }
  const payload = { v: 1, c: 'meetings', k: ['2026-03-12T09:00:00.000Z', ID] };
  it.each<[string, string]>([
    ['empty', ''],
    ['not base64url', '!!!'],
    ['padded base64', `${good}=`],
    ['standard base64 alphabet', Buffer.from(JSON.stringify(payload)).toString('base64')],
    ['stray bits at the end (decodes to the same bytes)', withStrayBit(good)],
    ['too long', 'A'.repeat(513)],
    ['not JSON', Buffer.from('{"v":1').toString('base64url')],
    ['invalid UTF-8', Buffer.from([0xc3, 0x28]).toString('base64url')],
    ['an array', raw(['2026-03-12T09:00:00.000Z', ID])],
    ['no key', raw({ v: 1, c: 'meetings' })],
    ['an extra property', raw({ ...payload, x: 1 })],
    ['another version', raw({ ...payload, v: 2 })],
    ['the version as a string', raw({ ...payload, v: '1' })],
    ['another connection', raw({ ...payload, c: 'invoices' })],
    ['a key too short', raw({ ...payload, k: [ID] })],
    ['a key too long', raw({ ...payload, k: [...payload.k, ID] })],
    ['a timestamp V8 parses but PostgreSQL does not', raw({ ...payload, k: ['1', ID] })],
    ['a timestamp in words', raw({ ...payload, k: ['March 12, 2026', ID] })],
    ['a timestamp without milliseconds', raw({ ...payload, k: ['2026-03-12T09:00:00Z', ID] })],
    ['a timestamp with an offset', raw({ ...payload, k: ['2026-03-12T10:00:00.000+01:00', ID] })],
    ['a day that does not exist', raw({ ...payload, k: ['2026-02-30T09:00:00.000Z', ID] })],
    ['hour 24', raw({ ...payload, k: ['2026-03-12T24:00:00.000Z', ID] })],
    ['year 0', raw({ ...payload, k: ['0000-01-01T00:00:00.000Z', ID] })],
    ['a six-digit year', raw({ ...payload, k: ['+275760-09-13T00:00:00.000Z', ID] })],
    ['a number for a timestamp', raw({ ...payload, k: [Date.now(), ID] })],
    ['an invalid uuid', raw({ ...payload, k: [payload.k[0], `${ID.slice(0, -1)}g`] })],
    ['a uuid in a list', raw({ ...payload, k: [payload.k[0], [ID]] })],
    ['a uuid in braces', raw({ ...payload, k: [payload.k[0], `{${ID}}`] })],
  ])('refuses %s as BAD_USER_INPUT on after', (_label, cursor) => {
    expect(refusal(() => meetings.decode(cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['2^31 (beyond PostgreSQL integer)', 2 ** 31],
    ['a string', '1'],
    ['null', null],
  ])('refuses the sequence number %s', (_label, seq) => {
    expect(refusal(() => log.decode(raw({ v: 1, c: 'accountabilityLog', k: [seq] })))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each<[string, unknown]>([
    ['a month that does not exist', '2026-13'],
    ['a date for a month', '2026-03-01'],
    ['year 0', '0000-12'],
  ])('refuses %s where a month belongs', (_label, month) => {
    expect(refusal(() => invoices.decode(raw({ v: 1, c: 'invoices', k: [month, '2026-03-12T09:00:00.000Z', ID] })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it("refuses another connection's real cursor", () => {
    const cursor = entries.encode('2026-03-03', new Date('2026-03-03T10:00:00Z'), ID);
    expect(refusal(() => invoices.decode(cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refusal(() => meetings.decode(log.encode(5)))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('pageOf', () => {
  const cursorOf = (n: number) => log.encode(n);

  it('keeps limit nodes and tells from the extra row that there is a next page', () => {
    expect(pageOf([5, 4, 3], 2, cursorOf)).toEqual({ nodes: [5, 4], hasNextPage: true, endCursor: log.encode(4) });
    expect(pageOf([5, 4], 2, cursorOf)).toEqual({ nodes: [5, 4], hasNextPage: false, endCursor: log.encode(4) });
  });

  it('has no end cursor for an empty page, and a next page after zero nodes if rows remain', () => {
    expect(pageOf([], 2, cursorOf)).toEqual({ nodes: [], hasNextPage: false, endCursor: null });
    expect(pageOf([5], 0, cursorOf)).toEqual({ nodes: [], hasNextPage: true, endCursor: null });
  });
});
