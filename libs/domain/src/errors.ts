// Errors the domain raises for bad input. They carry the offending input field so the API can
// answer BAD_USER_INPUT with extensions.field, and the web app can put the message under the
// right form control, without either of them parsing message text.

/**
 * `message` is usually a clause that starts with the field ("daysPerMonth must be …"), which the
 * API turns into a sentence. One that ends with a full stop is already the sentence to show.
 */
export class DomainError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** Throws a DomainError naming `field` unless `condition` holds. */
export function check(condition: boolean, field: string, message: string): asserts condition {
  if (!condition) throw new DomainError(field, message);
}

export function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
