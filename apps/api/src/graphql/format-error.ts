// The one place where failures become GraphQL errors: coded application errors keep their code
// (and field); GraphQL's own validation errors keep theirs; a database that cannot be reached is
// SERVICE_UNAVAILABLE; anything else is an internal error whose details stay in the server log.
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ServiceUnavailableError } from '../common/errors.js';
import { badInputOf } from '../common/domain-errors.js';
import { isDatabaseUnavailable } from '../database/connection-errors.js';

const logger = new Logger('GraphQL');
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Names the input field of a variable that failed coercion (a malformed Month, Date or enum, a
 * missing or null required variable):
 * `Variable "$month" got invalid value …` names "month"; `… at "input.startMonth"` names
 * "startMonth", the field inside the input object, as our own validation does.
 */
export function fieldOfVariableError(message: string): string | undefined {
  // A variable that is missing or null where its type forbids it: name the variable itself.
  const missing = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(message);
  if (missing) return missing[1];
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!variable) return undefined;
  const at = /; at "([^"]+)"|at "([^"]+)";/.exec(message) ?? /at "([^"]+)"/.exec(message);
  const path = at?.[1] ?? at?.[2];
  if (!path) return variable[1];
  const segments = path.split('.');
  return segments.length > 1 && segments[0] === variable[1] ? segments.slice(1).join('.') : path;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A DomainError a service did not wrap with withDomainErrors is still bad input, not a crash.
  const original = badInputOf(unwrapped) ?? unwrapped;
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // Expected while PostgreSQL restarts: one line in the log, a coded error the caller can retry.
    logger.warn(`Database unavailable: ${original instanceof Error ? original.message : String(original)}`);
    const unavailable = new ServiceUnavailableError();
    return { message: unavailable.message, locations: formatted.locations, path: formatted.path, extensions: { code: unavailable.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const field = code === 'BAD_USER_INPUT' ? fieldOfVariableError(formatted.message) : undefined;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...(field ? { field } : {}) } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Production's formatError: formatGraphQLError without GraphQL's "Did you mean …?" hints. Apollo's
 * hideSchemaDetailsFromClientErrors strips them from validation errors only; the coercion of
 * variables (an input field or enum value misspelled in `variables`) adds them too, and would
 * spell out the schema that introspection hides just the same.
 */
export function formatGraphQLErrorHidingSchema(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatGraphQLError(formatted, error);
  return { ...result, message: result.message.replace(/ ?Did you mean .+\?$/s, '') };
}
