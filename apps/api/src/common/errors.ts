// Coded application errors. Every failure a caller should understand is one of these; the
// GraphQL layer maps them to extensions.code (and extensions.field) in one exhaustive place.
// They extend HttpException so NestJS treats them as expected outcomes (no error-level log)
// and REST routes answer with the matching status.
import { HttpException } from '@nestjs/common';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

export abstract class AppError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super({ code, message, ...(field ? { field } : {}) }, HTTP_STATUS[code]);
    this.message = message;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this.') {
    super('FORBIDDEN', message);
  }
}

/** Also used for ids outside the caller's scope: existence must not leak. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found.`);
  }
}

export class BadInputError extends AppError {
  declare readonly field: string;
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

/** The database cannot be reached (down, restarting, out of connections): retry shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(message = 'The database is unavailable right now. Please try again in a moment.') {
    super('SERVICE_UNAVAILABLE', message);
  }
}
