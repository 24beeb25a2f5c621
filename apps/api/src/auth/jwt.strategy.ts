// Verifies the session JWT (Bearer header or the web app's cookie), then checks that the
// membership it names still exists: removing a member ends their sessions at once.
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Principal, RequestScope } from '../database/request-scope.js';
import { MembershipEntity } from '../modules/identity/membership.entity.js';
import { tokenFromRequest } from './session-cookie.js';
import { isUuid } from '../common/iso.js';

export interface SessionClaims {
  sub: string;
  mid: string;
  wid: string;
}

export function scopeOf(req: Request): RequestScope {
  const scope = (req as Request & { allotScope?: RequestScope }).allotScope;
  if (!scope) throw new Error('Request has no scope: the request-scope middleware did not run.');
  return scope;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: (req: Request) => tokenFromRequest(req),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: SessionClaims): Promise<Principal | false> {
    if (![claims.sub, claims.mid, claims.wid].every((v) => typeof v === 'string' && isUuid(v))) return false;
    const scope = scopeOf(req);
    await scope.configure({ workspaceId: claims.wid, userId: claims.sub });
    const manager = await scope.manager();
    const membership = await manager.findOne(MembershipEntity, {
      where: { id: claims.mid, userId: claims.sub, workspaceId: claims.wid },
    });
    if (!membership) return false;
    const principal: Principal = {
      userId: membership.userId,
      membershipId: membership.id,
      workspaceId: membership.workspaceId,
      role: membership.role,
      clientId: membership.clientId,
    };
    await scope.authenticate(principal);
    return principal;
  }
}
