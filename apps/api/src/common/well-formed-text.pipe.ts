// Text PostgreSQL can store as it was sent, checked for every argument of every operation:
// - no NUL character (U+0000): PostgreSQL text cannot hold it, and the INSERT would fail with an
//   encoding error, surfacing as an internal error;
// - well-formed UTF-16 (no lone surrogate such as "\ud800"): encoding to UTF-8 would silently turn
//   it into U+FFFD, so what was stored would not be what was sent, and validators that go through
//   encodeURI (class-validator's IsEmail) throw on it.
// Refused up front, naming the field, before any other validation.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { BadInputError } from './errors.js';

type Problem = 'NUL' | 'SURROGATE';

// In a /u pattern a paired surrogate is one astral code point, so \p{Cs} matches only a lone one.
const LONE_SURROGATE = /\p{Cs}/u;

function problemOf(text: string): Problem | null {
  if (text.includes('\u0000')) return 'NUL';
  if (LONE_SURROGATE.test(text)) return 'SURROGATE';
  return null;
}

function findProblem(value: unknown, path: string[]): { path: string[]; problem: Problem } | null {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findProblem(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findProblem(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

const MESSAGE: Record<Problem, string> = {
  NUL: 'must not contain the NUL character.',
  SURROGATE: 'is not valid Unicode text (it contains an unpaired surrogate).',
};

@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = findProblem(value, metadata.data ? [metadata.data] : []);
    if (found) {
      // Arguments named "input" are the contract's input objects: name the field inside.
      const field = (found.path[0] === 'input' && found.path.length > 1 ? found.path.slice(1) : found.path).join('.') || 'input';
      throw new BadInputError(field, `${field} ${MESSAGE[found.problem]}`);
    }
    return value;
  }
}
