// Verifies the session JWT (Bearer header or the web app's cookie): signature, expiry (required),
// issuer and audience; then asks the database whether the session it names is still live and
// the membership still exists, so logging out, revoking a session or removing a member ends it at
// once. Runs once per request (see request-authenticator.ts), never per field.
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Principal, RequestScope, Role } from '../database/request-scope.js';
import { tokenFromRequest } from './session-cookie.js';
import { isUuid } from '../common/iso.js';

export const JWT_ISSUER = 'allot';
export const JWT_AUDIENCE = 'allot-api';

export interface SessionClaims {
  sub: string;
  mid: string;
  wid: string;
  sid: string;
  exp?: number;
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
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(req: Request, claims: SessionClaims): Promise<Principal | false> {
    // A token without an expiry would be valid for ever: refuse it, however it was signed.
    if (typeof claims.exp !== 'number') return false;
    if (![claims.sub, claims.mid, claims.wid, claims.sid].every((v) => typeof v === 'string' && isUuid(v))) return false;
    const manager = await scopeOf(req).manager();
    const [row]: Array<{ role: Role; client_id: string | null }> = await manager.query('SELECT role, client_id FROM session_principal($1, $2, $3, $4)', [
      claims.sid,
      claims.sub,
      claims.mid,
      claims.wid,
    ]);
    if (!row) return false;
    return {
      userId: claims.sub,
      membershipId: claims.mid,
      workspaceId: claims.wid,
      role: row.role,
      clientId: row.client_id,
      sessionId: claims.sid,
    };
  }
}
