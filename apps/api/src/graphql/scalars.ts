// The contract's scalars. Parsing rejects malformed values before a resolver runs.
import { isIsoDate, isMonth } from '@allot/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(`${scalar} must be a string.`);
  return ast.value;
}

// Years 0001–9999: PostgreSQL has no year 0 ("date/time field value out of range"), and months
// become dates in queries (`${month}-01`). The calendar rules themselves are libs/domain's.
const notYearZero = (value: string) => !value.startsWith('0000');

function parseMonth(value: unknown): string {
  if (!isMonth(value) || !notYearZero(value)) throw badInput(`Month must be YYYY-MM, got ${JSON.stringify(value)}.`);
  return value;
}

function parseDate(value: unknown): string {
  if (!isIsoDate(value) || !notYearZero(value)) {
    throw badInput(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && DATE_TIME.test(value) ? new Date(value) : null;
  const year = date?.getUTCFullYear() ?? NaN;
  if (!date || Number.isNaN(date.getTime()) || year < 1 || year > 9999) {
    throw badInput(`DateTime must be ISO 8601 with an offset, in the years 0001–9999, got ${JSON.stringify(value)}.`);
  }
  return date;
}

export const MonthScalar = new GraphQLScalarType<string, string>({
  name: 'Month',
  description: 'Calendar month, YYYY-MM: 2026-04.',
  parseValue: parseMonth,
  serialize: (value) => parseMonth(value),
  parseLiteral: (ast) => parseMonth(literalString(ast, 'Month')),
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601: 2026-04-30.',
  parseValue: parseDate,
  serialize: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Timestamp, ISO 8601 with offset: 2026-04-30T09:00:00+02:00.',
  parseValue: parseDateTime,
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value).toISOString()),
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});
