// PostgreSQL text cannot hold the NUL character (U+0000): a string carrying one fails at INSERT
// with an encoding error, which would surface as an internal error. Refuse it up front, naming
// the field, for every argument of every operation.
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { BadInputError } from './errors.js';

function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

@Injectable()
export class NoNulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = findNul(value, metadata.data ? [metadata.data] : []);
    if (found) {
      // Arguments named "input" are the contract's input objects: name the field inside.
      const field = (found[0] === 'input' && found.length > 1 ? found.slice(1) : found).join('.') || 'input';
      throw new BadInputError(field, `${field} must not contain the NUL character.`);
    }
    return value;
  }
}
