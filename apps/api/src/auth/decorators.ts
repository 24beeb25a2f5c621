import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../database/request-scope.js';
import { currentScope, type Principal } from '../database/request-scope.js';
import { UnauthenticatedError } from '../common/errors.js';

export const IS_PUBLIC = 'allot:isPublic';
export const ROLES = 'allot:roles';

/** Opts an operation out of authentication; everything else requires a valid session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles allowed to call an operation (class or method level). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export function requirePrincipal(): Principal {
  const principal = currentScope().principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, _context: ExecutionContext) => requirePrincipal());
