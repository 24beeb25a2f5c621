import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { currentScope, type Principal } from '../database/request-scope.js';
import { UnauthenticatedError } from '../common/errors.js';

export const IS_PUBLIC = 'allot:isPublic';
/** The roles an operation allows: set by @Allow(action) from the access policy's one table. */
export { ROLES } from '../access/access-policy.js';

/** Opts an operation out of authentication; everything else requires a valid session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The request's principal, fixed when the request was authenticated. */
export function requirePrincipal(): Principal {
  const principal = currentScope().principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, _context: ExecutionContext) => requirePrincipal());
