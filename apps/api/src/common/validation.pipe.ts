// Turns class-validator failures into BAD_USER_INPUT naming the offending field (its path inside
// the input, e.g. "billingEmail" or "actionItems.0.title"), before anything is written.
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError } from './errors.js';

function firstLeaf(error: ValidationError, path: string[]): { path: string[]; message: string } {
  if (error.constraints && Object.keys(error.constraints).length > 0) {
    return { path, message: Object.values(error.constraints)[0] };
  }
  const child = error.children?.[0];
  if (child) return firstLeaf(child, [...path, child.property]);
  return { path, message: `${path.join('.')} is invalid.` };
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const top = errors[0];
      const leaf = firstLeaf(top, [top.property]);
      // Arguments named "input" are the contract's input objects: name the field inside.
      const path = leaf.path[0] === 'input' && leaf.path.length > 1 ? leaf.path.slice(1) : leaf.path;
      const field = path.join('.');
      const message = leaf.message.charAt(0).toUpperCase() + leaf.message.slice(1);
      return new BadInputError(field, message.endsWith('.') ? message : `${message}.`);
    },
  });
}
