// fast-check arbitraries for any GraphQL input type of the schema: mostly plausible values (so
// calls get past validation into the services), mixed with the hostile and the malformed.
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

export interface ArbitraryContext {
  /** Real ids of the caller's own workspace, by the entity they name. */
  idsByKind: Record<string, string[]>;
  /** Real ids outside the caller's scope (another workspace, another client). */
  foreignIds: string[];
  /** The entity an ID field names, by its path (see schema-walk's idKind). */
  kindOf: (path: string[]) => string;
  /** Real values for string fields by name (e.g. invitation tokens for "token"). */
  strings?: Record<string, string[]>;
}

/**
 * valid: plausible values that pass validation (so calls reach the services);
 * hostile: malformed, out of range, out of scope, or hostile values;
 * mixed: valid values with, here and there, a hostile one (the most useful for fuzzing);
 * complete: valid values for every field, optional ones included, and one item in every list.
 */
export type Mode = 'valid' | 'hostile' | 'mixed' | 'complete';

const NASTY_STRINGS = [
  '',
  ' ',
  '   ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  "' OR 1=1 --",
  '"; DROP TABLE clients; --',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '../../etc/passwd',
  '\u202e\u0301',
  '😀'.repeat(3),
  '\ud800',
  'null',
  'undefined',
  'NaN',
  '-1',
  'x'.repeat(201),
  'y'.repeat(2001),
];

const GARBAGE_IDS = [
  '',
  ' ',
  '0',
  '-1',
  'null',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  "1' OR '1'='1",
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'x'.repeat(300),
];

const NASTY_MONTHS = ['', '2026-13', '2026-00', '0000-01', '9999-12', '2026-1', '26-04', '2026-04-01', 'April', '1900-01', '2999-12'];
const NASTY_DATES = ['', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-4-1', '2026-04-31', '1970-01-01', '2026-04-30T00:00:00Z', 'today'];
const NASTY_DATE_TIMES = [
  '',
  '2026-04-30',
  '2026-04-30T09:00:00',
  '2026-04-30T25:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-04-30T09:00:00+25:00',
  'now',
];

/** Plausible values for string fields whose names say what they hold. */
const HINTS: Array<[RegExp, string[]]> = [
  [/email/i, ['ceo@client.example', 'someone@example.test', 'UPPER@Example.TEST', ' spaced@example.test ', 'no-at-sign', 'a@b', '@example.test']],
  [/^country$/i, ['DE', 'CZ', 'US', 'GB', 'XX', 'de', 'DEU']],
  [/currency/i, ['EUR', 'USD', 'CZK', 'XXX', 'eur', 'EURO']],
  [/timezone/i, ['Europe/Prague', 'UTC', 'America/New_York', 'Mars/Olympus', 'utc', 'Etc/GMT+14']],
  [/password/i, ['correct-horse-battery', 'short', 'x'.repeat(201), '          ']],
  [/vatId/i, ['DE123456789', 'CZ12345678', 'X', '']],
  [/prefix/i, ['INV-', 'AC-', 'bad prefix!', '', 'x'.repeat(21)]],
  [/reason|note|comment|notes|body|agenda|description/i, ['Because.', 'Board off-site', '']],
  [/title|name|owner|city|addressLine|postalCode|legalName|attendees|decisions/i, ['Roadmap', 'Acme GmbH', 'Ana', '10115']],
];

function hostileString(name: string, context: ArbitraryContext): fc.Arbitrary<string> {
  const hinted = HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? [];
  const real = context.strings?.[name] ?? [];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hinted, ...real, 'Plain value') },
    { weight: 3, arbitrary: fc.constantFrom('', ' ', '   ', '\t\n', '\u00a0', '\u200b') },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(21, 31, 101, 201, 301, 501, 2001, 10001, 20001).map((n) => 'z'.repeat(n)) },
  );
}

function hostileMonth(): fc.Arbitrary<string> {
  const valid = fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2025, max: 2027 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 9999 }) }),
      fc.integer({ min: 1, max: 12 }),
    )
    .map(([year, month]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_MONTHS) });
}

function hostileDate(): fc.Arbitrary<string> {
  const valid = fc.tuple(hostileMonth(), fc.integer({ min: 1, max: 31 })).map(([month, day]) => `${month}-${String(day).padStart(2, '0')}`);
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_DATES) });
}

function hostileDateTime(): fc.Arbitrary<string> {
  const valid = fc
    .tuple(hostileDate(), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45), fc.constantFrom('Z', '+02:00', '-05:00', '+14:00'))
    .map(([date, hour, minute, offset]) => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`);
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_DATE_TIMES) });
}

function hostileInt(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 2000 }) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 60, 480, 1440, 1441, 2_147_483_647, -2_147_483_648) },
  );
}

function hostileFloat(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -200, max: 200 }).map((n) => n / 4) },
    { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 0.1, 0.125, 21, 99.999, 100, 100.01, 1e300, -1e300, 5e-324) },
  );
}

function hostileId(context: ArbitraryContext): fc.Arbitrary<string> {
  const all = Object.values(context.idsByKind).flat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...all) },
    { weight: 2, arbitrary: fc.constantFrom(...context.foreignIds) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...GARBAGE_IDS) },
  );
}

function validId(path: string[], context: ArbitraryContext): fc.Arbitrary<string> {
  const own = context.idsByKind[context.kindOf(path)] ?? [];
  return own.length ? fc.constantFrom(...own) : hostileId(context);
}

const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max }).filter((value) => value.trim().length >= min);

function validString(name: string, context: ArbitraryContext): fc.Arbitrary<string> {
  const real = context.strings?.[name];
  if (real?.length) return fc.oneof(fc.constantFrom(...real), validString(name, { ...context, strings: {} }));
  if (/^token$/.test(name)) return text(10, 80);
  if (/email/i.test(name)) return fc.emailAddress().filter((email) => email.length <= 254);
  if (/^country$/i.test(name)) return fc.constantFrom('DE', 'CZ', 'US', 'GB', 'FR');
  if (/currency/i.test(name)) return fc.constantFrom('EUR', 'USD', 'CZK', 'GBP');
  if (/timezone/i.test(name)) return fc.constantFrom('Europe/Prague', 'UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati');
  if (/password/i.test(name)) return text(10, 40);
  if (/vatId/i.test(name)) return fc.constantFrom('DE123456789', 'CZ12345678', 'GB123456789');
  if (/prefix/i.test(name)) return fc.constantFrom('INV-', 'AC-', 'X');
  if (/postalCode/i.test(name)) return text(1, 20);
  if (/city/i.test(name)) return text(1, 100);
  if (/^(sharedNotes|privateNotes|agenda|body|description|comment|note|reason)$/.test(name)) return text(1, 300);
  return text(1, 60);
}

function validInt(name: string): fc.Arbitrary<number> {
  if (/minutes/i.test(name)) return fc.integer({ min: 1, max: 600 });
  if (/Minor$/.test(name)) return fc.integer({ min: 0, max: 5_000_000 });
  if (/paymentTermsDays/.test(name)) return fc.integer({ min: 0, max: 90 });
  if (/rolloverExpiryMonths/.test(name)) return fc.integer({ min: 1, max: 12 });
  if (/^first$/.test(name)) return fc.integer({ min: 1, max: 200 });
  return fc.integer({ min: 0, max: 100 });
}

function validFloat(name: string): fc.Arbitrary<number> {
  if (/vatRatePercent/.test(name)) return fc.constantFrom(0, 7, 10, 19, 21, 20.5);
  if (/hoursPerDay/.test(name)) return fc.integer({ min: 4, max: 96 }).map((n) => n / 4);
  if (/^days$/.test(name))
    return fc
      .integer({ min: -12, max: 12 })
      .filter((n) => n !== 0)
      .map((n) => n / 4);
  return fc.integer({ min: 0, max: 40 }).map((n) => n / 4);
}

function validMonth(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
}

function validDate(): fc.Arbitrary<string> {
  return fc.tuple(validMonth(), fc.integer({ min: 1, max: 28 })).map(([month, day]) => `${month}-${String(day).padStart(2, '0')}`);
}

function validDateTime(name: string): fc.Arbitrary<string> {
  // A meeting's end follows its start on the same day more often than not.
  const hour = /end|to/i.test(name) ? fc.integer({ min: 12, max: 20 }) : fc.integer({ min: 6, max: 11 });
  return fc.tuple(fc.constantFrom('2026-03-10', '2026-04-15', '2026-05-20'), hour).map(([date, h]) => `${date}T${String(h).padStart(2, '0')}:00:00Z`);
}

function hostileLeaf(type: GraphQLNamedType, name: string, context: ArbitraryContext): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', values[0].toLowerCase(), 42) },
    );
  }
  switch (type.name) {
    case 'ID':
      return hostileId(context);
    case 'String':
      return hostileString(name, context);
    case 'Int':
      return hostileInt();
    case 'Float':
      return hostileFloat();
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1));
    case 'Month':
      return hostileMonth();
    case 'Date':
      return hostileDate();
    case 'DateTime':
      return hostileDateTime();
    default:
      throw new Error(`No arbitrary for the scalar ${type.name}: add one to test/support/input-arbitraries.ts.`);
  }
}

function validLeaf(type: GraphQLNamedType, name: string, path: string[], context: ArbitraryContext): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  switch (type.name) {
    case 'ID':
      return validId(path, context);
    case 'String':
      return validString(name, context);
    case 'Int':
      return validInt(name);
    case 'Float':
      return validFloat(name);
    case 'Boolean':
      return fc.boolean();
    case 'Month':
      return validMonth();
    case 'Date':
      return validDate();
    case 'DateTime':
      return validDateTime(name);
    default:
      throw new Error(`No arbitrary for the scalar ${type.name}: add one to test/support/input-arbitraries.ts.`);
  }
}

/** An arbitrary for a value of `type` at `path` (its last element names the field or argument). */
export function arbitraryFor(type: GraphQLInputType, path: string[], context: ArbitraryContext, mode: Mode): fc.Arbitrary<unknown> {
  const name = path.filter((part) => part !== '0').at(-1) ?? '';
  if (isNonNullType(type)) {
    const inner = nonNullArbitrary(type.ofType as GraphQLInputType, path, name, context, mode);
    // Now and then a null where the schema forbids it: GraphQL must refuse it with a coded error.
    return mode === 'valid' || mode === 'complete' ? inner : fc.oneof({ weight: 40, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const inner = nonNullArbitrary(type, path, name, context, mode);
  if (mode === 'complete') return inner;
  return fc.oneof({ weight: 2, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
}

function nonNullArbitrary(type: GraphQLInputType, path: string[], name: string, context: ArbitraryContext, mode: Mode): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = arbitraryFor(type.ofType as GraphQLInputType, [...path, '0'], context, mode);
    return mode === 'complete' ? fc.tuple(item) : fc.array(item, { maxLength: mode === 'valid' ? 2 : 3 });
  }
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const shape = Object.fromEntries(
      Object.values(named.getFields()).map((field) => [field.name, arbitraryFor(field.type, [...path, field.name], context, mode)]),
    );
    return fc.record(shape).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
  }
  if (mode === 'valid' || mode === 'complete') return validLeaf(named, name, path, context);
  if (mode === 'hostile') return hostileLeaf(named, name, context);
  return fc.oneof({ weight: 7, arbitrary: validLeaf(named, name, path, context) }, { weight: 1, arbitrary: hostileLeaf(named, name, context) });
}

/** Variables for all of an operation's arguments (undefined ones left out). */
export function argumentsArbitrary(args: readonly GraphQLArgument[], context: ArbitraryContext, mode: Mode): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(args.map((arg) => [arg.name, arbitraryFor(arg.type, [arg.name], context, mode)]));
  return fc.record(shape).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
}

export interface Leaf {
  path: string[];
  type: GraphQLNamedType;
  nullable: boolean;
}

/** The scalar and enum leaves of a value built for `args` (list items included, by index). */
export function leavesOf(args: readonly GraphQLArgument[], value: Record<string, unknown>): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (type: GraphQLInputType, current: unknown, path: string[]) => {
    const nullable = !isNonNullType(type);
    const inner = (isNonNullType(type) ? type.ofType : type) as GraphQLInputType;
    if (isListType(inner)) {
      if (Array.isArray(current)) current.forEach((item, index) => visit(inner.ofType as GraphQLInputType, item, [...path, String(index)]));
      return;
    }
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      if (current && typeof current === 'object') {
        for (const field of Object.values(named.getFields())) visit(field.type, (current as Record<string, unknown>)[field.name], [...path, field.name]);
      }
      return;
    }
    leaves.push({ path, type: named, nullable });
  };
  for (const arg of args) visit(arg.type, value[arg.name], [arg.name]);
  return leaves;
}

/** Edge values for a leaf: blank, NUL, a lone surrogate, far too long, out of range, far past and future, out of scope. */
export function edgeValues(leaf: Leaf, context: ArbitraryContext): unknown[] {
  const edges: unknown[] = leaf.nullable ? [null] : [];
  switch (leaf.type.name) {
    case 'String':
      return [...edges, '   ', 'a\u0000b', 'a\ud800b', 'x'.repeat(20_001)];
    case 'ID':
      return [...edges, context.foreignIds[0], '00000000-0000-0000-0000-000000000000', 'not-an-id'];
    case 'Int':
      return [...edges, -1, 2_147_483_647];
    case 'Float':
      return [...edges, -0.3, 0.001, 1e-7, 5e-324, 1e15];
    case 'Month':
      return [...edges, '0000-01', '0001-01', '9999-12'];
    case 'Date':
      return [...edges, '0000-01-02', '0001-01-01', '9999-12-31'];
    case 'DateTime':
      return [...edges, '0000-06-01T00:00:00Z', '0001-01-01T00:30:00+01:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '9999-12-31T23:30:00-01:00'];
    default:
      return edges;
  }
}
