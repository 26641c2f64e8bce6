import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, clearCookie, ownCookieOf, useSecureCookies } from './cookies';
import { attachSession } from './session';
import { WEB_SIGN_IN, type WebSignIn } from './web-sign-in';

/**
 * Finds the live session behind the session cookie before any page runs, restarting its idle
 * clock, so pages, forms and the CSRF check all see the same signed-in visitor. A cookie whose
 * session is over is cleared.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(@Inject(WEB_SIGN_IN) private readonly signIn: WebSignIn) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    try {
      useSecureCookies(request, this.signIn.secureCookies);
      const secret = ownCookieOf(request, SESSION_COOKIE);
      if (secret !== undefined) {
        const active = await this.signIn.sessions.resolve(secret, this.signIn.now());
        if (active === undefined) clearCookie(request, response, SESSION_COOKIE);
        else {
          const token = await this.signIn.pageTokens.issue(active.principal);
          attachSession(request, { token, principal: active.principal, active });
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
