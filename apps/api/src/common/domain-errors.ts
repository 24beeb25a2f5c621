// libs/domain refuses bad input with a DomainError naming the field; the API answers it as
// BAD_USER_INPUT with that field, like any other validation failure.
import { isDomainError } from '@allot/domain';
import { BadInputError } from './errors.js';

/** A clause ("daysPerMonth must be …") becomes a sentence; one the domain finished is kept as written. */
function sentence(message: string): string {
  if (message.endsWith('.')) return message;
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/** The BAD_USER_INPUT answer for a DomainError that reached the API layer unwrapped. */
export function badInputOf(error: unknown): BadInputError | null {
  return isDomainError(error) ? new BadInputError(error.field, sentence(error.message)) : null;
}

/** Runs `fn`, turning a DomainError into BadInputError (its field renamed through `fields`). */
export function withDomainErrors<T>(fn: () => T, fields: Record<string, string> = {}): T {
  try {
    return fn();
  } catch (error) {
    if (isDomainError(error)) throw new BadInputError(fields[error.field] ?? error.field, sentence(error.message));
    throw error;
  }
}
