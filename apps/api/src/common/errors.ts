// Coded application errors. Every failure a caller should understand is one of these; the
// GraphQL layer maps them to extensions.code (and extensions.field) in one exhaustive place.

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  readonly field?: string;
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'Your role does not allow this.') {
    super(message);
  }
}

/** Also used for ids outside the caller's scope: existence must not leak. */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string) {
    super(`${what} not found.`);
  }
}

export class BadInputError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
  override readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string) {
    super(message);
  }
}

export class TooManyRequestsError extends AppError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};
