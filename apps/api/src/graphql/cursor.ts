// Paging for every connection: one cursor format and one strict decoder, so that a cursor a client
// made up or kept from elsewhere is BAD_USER_INPUT on `after`, never a value that PostgreSQL
// refuses (an internal error) nor one it reads differently than we do (a wrong page).
//
// A cursor is opaque to clients: base64url (unpadded) of the JSON {"v":1,"c":connection,"k":key},
// where key is the sort key of the last node of the page, part by part. Decoding checks the
// encoding, the shape, the version, the connection and every part of the key against its kind,
// in the canonical form the encoder writes, before anything reaches SQL.
import { isIsoDate, isMonth } from '@allot/domain';
import { BadInputError } from '../common/errors.js';
import { isUuid } from '../common/iso.js';

export const CURSOR_VERSION = 1;

/** Longer than any cursor we write (about 150 characters); longer ones are refused unread. */
const MAX_CURSOR_LENGTH = 512;

/** PostgreSQL `integer`, the type of the sequence numbers a cursor can hold. */
const MAX_SEQ = 2_147_483_647;

/**
 * The kinds of key part, as the SQL compares them:
 * - timestamp: a timestamptz, written as Date#toISOString does (milliseconds, Z), years 0001–9999;
 * - date: YYYY-MM-DD, month: YYYY-MM (years 0001–9999, as the scalars accept);
 * - uuid: a lowercase or uppercase hex uuid;
 * - seq: a whole number from 1 to 2^31 - 1.
 */
export type KeyPart = 'timestamp' | 'date' | 'month' | 'uuid' | 'seq';

type Encoded<P extends KeyPart> = P extends 'timestamp' ? Date : P extends 'seq' ? number : string;
type Decoded<P extends KeyPart> = P extends 'seq' ? number : string;
export type CursorKey<P extends readonly KeyPart[]> = { -readonly [I in keyof P]: Decoded<P[I]> };
type EncodeKey<P extends readonly KeyPart[]> = { -readonly [I in keyof P]: Encoded<P[I]> };

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const notYearZero = (value: string) => !value.startsWith('0000');

const VALID: Record<KeyPart, (value: unknown) => boolean> = {
  // Round-tripping through Date refuses what the pattern lets through: 2026-02-30, 24:00.
  timestamp: (value) => typeof value === 'string' && ISO_TIMESTAMP.test(value) && notYearZero(value) && new Date(value).toISOString() === value,
  date: (value) => isIsoDate(value) && notYearZero(value),
  month: (value) => isMonth(value) && notYearZero(value),
  uuid: (value) => typeof value === 'string' && isUuid(value),
  seq: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_SEQ,
};

export class CursorCodec<const P extends readonly KeyPart[]> {
  /**
   * @param connection the connection's name, written into its cursors so that one connection
   *   refuses another's (use the GraphQL field name)
   * @param parts the kinds of the sort key's parts, in order
   */
  constructor(
    readonly connection: string,
    readonly parts: P,
  ) {}

  encode(...key: EncodeKey<P>): string {
    const values = (key as unknown[]).map((value) => (value instanceof Date ? value.toISOString() : value));
    this.parts.forEach((part, index) => {
      // A key we cannot read back would strand the client on this page: fail here, loudly.
      if (!VALID[part](values[index])) throw new Error(`${this.connection} cursor: ${JSON.stringify(values[index])} is not a valid ${part}.`);
    });
    return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, c: this.connection, k: values }), 'utf8').toString('base64url');
  }

  /** The key inside `after`; null when there is none (first page); BAD_USER_INPUT on `after` when malformed. */
  decode(after: string | null | undefined): CursorKey<P> | null {
    if (after === null || after === undefined) return null;
    const key = this.read(after);
    if (!key) throw new BadInputError('after', 'after must be an endCursor returned by an earlier page of this list.');
    return key;
  }

  private read(after: string): CursorKey<P> | null {
    if (typeof after !== 'string' || after.length > MAX_CURSOR_LENGTH || !BASE64URL.test(after)) return null;
    const bytes = Buffer.from(after, 'base64url');
    // Node ignores stray bits at the end: only the one spelling we write is a cursor.
    if (bytes.toString('base64url') !== after) return null;
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return null;
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
    const { v, c, k, ...rest } = payload as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || v !== CURSOR_VERSION || c !== this.connection) return null;
    if (!Array.isArray(k) || k.length !== this.parts.length) return null;
    return this.parts.every((part, index) => VALID[part](k[index])) ? (k as CursorKey<P>) : null;
  }
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page from rows fetched with LIMIT limit + 1 (one more than asked shows there is a next page),
 * its end cursor made from the last node.
 */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (node: T) => string): Page<T> {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return { nodes, hasNextPage: rows.length > limit, endCursor: last === undefined ? null : cursorOf(last) };
}
