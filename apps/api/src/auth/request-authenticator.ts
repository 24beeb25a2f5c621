// Authenticates each API request once, before anything executes: the principal it finds is
// fixed for the whole request (RequestScope.authenticate refuses a second one), so no field of a
// GraphQL document can make the rest of it act as someone else. Operations that issue a session
// (logIn, signUp, acceptInvitation, switchWorkspace) only hand out a token for the next request.
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import passport from 'passport';
import { isDatabaseUnavailable } from '../database/connection-errors.js';
import type { Principal } from '../database/request-scope.js';
import { scopeOf } from './jwt.strategy.js';
import { tokenFromRequest } from './session-cookie.js';

export const DATABASE_UNAVAILABLE = 'database-unavailable';

@Injectable()
export class RequestAuthenticator {
  /** Resolves once the request's scope knows its principal, or why it has none. */
  async authenticate(req: Request, res: Response): Promise<void> {
    const scope = scopeOf(req);
    if (!tokenFromRequest(req)) return;
    const principal = await new Promise<Principal | null>((resolve, reject) => {
      passport.authenticate('jwt', { session: false }, (error: unknown, user: Principal | false) => {
        if (error) reject(error);
        else resolve(user || null);
      })(req, res, reject);
    }).catch((error: unknown) => {
      scope.authenticationFailure = isDatabaseUnavailable(error) ? DATABASE_UNAVAILABLE : 'invalid';
      if (!isDatabaseUnavailable(error)) throw error;
      return null;
    });
    if (principal) await scope.authenticate(principal);
    else scope.authenticationFailure ??= 'invalid';
  }
}
