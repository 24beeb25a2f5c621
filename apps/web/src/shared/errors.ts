// Reading the API's errors: `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND,
// BAD_USER_INPUT, CONFLICT, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE) and, for BAD_USER_INPUT,
// `extensions.field` naming the input field.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

interface ApiError {
  message: string;
  code?: string;
  field?: string;
}

function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => {
    const code = e.extensions?.['code'];
    const field = e.extensions?.['field'];
    return {
      message: e.message,
      code: typeof code === 'string' ? code : undefined,
      field: typeof field === 'string' ? field : undefined,
    };
  });
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/** `input.billingEmail`, `billingEmail` and `input.actionItems.0.title` name the last segment that is not an index. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}

export interface SplitErrors {
  /** Messages for fields the form shows, keyed by field name. */
  fields: Record<string, string>;
  /** Everything else, for one alert above the submit button. */
  general: string | null;
}

/** Splits an error into messages shown at the form's fields and a general message. */
export function splitErrors(error: unknown, knownFields: readonly string[]): SplitErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const known = new Set(knownFields);
  for (const e of apiErrors(error)) {
    const name = e.code === 'BAD_USER_INPUT' && e.field ? fieldName(e.field) : null;
    if (name && known.has(name) && !fields[name]) fields[name] = e.message;
    else rest.push(messageFor(e));
  }
  if (!CombinedGraphQLErrors.is(error)) rest.push(errorMessage(error));
  return { fields, general: rest.length ? [...new Set(rest)].join(' ') : null };
}

function messageFor(e: ApiError): string {
  switch (e.code) {
    case 'UNAUTHENTICATED':
      return e.message || 'Your session has ended. Please sign in again.';
    case 'FORBIDDEN':
      return e.message || 'Your role does not allow this.';
    case 'NOT_FOUND':
      return e.message || 'This item does not exist or is not shared with you.';
    case 'TOO_MANY_REQUESTS':
      return e.message || 'Too many attempts. Wait a few minutes, then try again.';
    case 'SERVICE_UNAVAILABLE':
      return e.message || 'Allot cannot reach its database right now. Nothing was saved; try again in a moment.';
    default:
      return e.message || 'Something went wrong.';
  }
}

/** One readable sentence for any error Apollo hands us. */
export function errorMessage(error: unknown): string {
  const errors = apiErrors(error);
  if (errors.length) return [...new Set(errors.map(messageFor))].join(' ');
  if (ServerError.is(error)) {
    if (error.statusCode >= 500) return 'The server had a problem. Please try again in a moment.';
    return `The server refused the request (HTTP ${error.statusCode}).`;
  }
  if (ServerParseError.is(error)) return 'The server sent an unexpected answer. Please try again.';
  if (error instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
