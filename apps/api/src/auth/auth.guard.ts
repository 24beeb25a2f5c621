// Authentication is on by default for every GraphQL operation and controller route; only
// operations marked @Public() skip it. Roles are checked right after.
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../common/errors.js';
import { isDatabaseUnavailable } from '../database/connection-errors.js';
import type { Principal, Role } from '../database/request-scope.js';
import { IS_PUBLIC, ROLES } from './decorators.js';

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

@Injectable()
export class SessionAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    // One GraphQL request may run several root fields: authenticate it once.
    if ((request as Request & { user?: Principal }).user) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, principal: T): T {
    // A database that cannot be reached is not a bad session: signing the user out would be wrong.
    if (error && isDatabaseUnavailable(error)) throw new ServiceUnavailableError();
    if (error) throw error instanceof Error && 'code' in error ? error : new UnauthenticatedError();
    if (!principal) throw new UnauthenticatedError('Your session is missing, expired or no longer valid. Sign in again.');
    return principal;
  }
}

@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const principal = (requestOf(context) as Request & { user?: Principal }).user;
    if (!principal) throw new UnauthenticatedError();
    if (!roles.includes(principal.role)) throw new ForbiddenError();
    return true;
  }
}
