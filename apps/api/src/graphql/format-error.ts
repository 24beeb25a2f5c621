// The one place where failures become GraphQL errors: coded application errors keep their code
// (and field); GraphQL's own validation errors keep theirs; anything else is an internal error
// whose details stay in the server log.
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../common/errors.js';

const logger = new Logger('GraphQL');
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Names the input field of a variable that failed coercion (a malformed Month, Date or enum):
 * `Variable "$month" got invalid value …` names "month"; `… at "input.startMonth"` names
 * "startMonth", the field inside the input object, as our own validation does.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!variable) return undefined;
  const at = /; at "([^"]+)"|at "([^"]+)";/.exec(message) ?? /at "([^"]+)"/.exec(message);
  const path = at?.[1] ?? at?.[2];
  if (!path) return variable[1];
  const segments = path.split('.');
  return segments.length > 1 && segments[0] === variable[1] ? segments.slice(1).join('.') : path;
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
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
