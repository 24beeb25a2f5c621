// Authentication is on by default for every GraphQL operation and controller route; only
// operations marked @Public() skip it. The request was authenticated once, before it executed
// (request-authenticator.ts): the guards only read the principal it fixed. Roles are checked
// right after.
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../common/errors.js';
import type { Principal, Role } from '../database/request-scope.js';
import { IS_PUBLIC, ROLES } from './decorators.js';
import { scopeOf } from './jwt.strategy.js';
import { DATABASE_UNAVAILABLE } from './request-authenticator.js';

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The request's fixed principal; UNAUTHENTICATED (or SERVICE_UNAVAILABLE) when it has none. */
export function principalOfRequest(request: Request): Principal {
  const scope = scopeOf(request);
  if (scope.principal) return scope.principal;
  if (scope.authenticationFailure === DATABASE_UNAVAILABLE) throw new ServiceUnavailableError();
  if (scope.authenticationFailure) throw new UnauthenticatedError('Your session is missing, expired or no longer valid. Sign in again.');
  throw new UnauthenticatedError();
}

@Injectable()
export class SessionAuthGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    principalOfRequest(requestOf(context));
    return true;
  }
}

@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const principal = principalOfRequest(requestOf(context));
    if (!roles.includes(principal.role)) throw new ForbiddenError();
    return true;
  }
}
