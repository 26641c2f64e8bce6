import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, clearCookie, ownCookieOf, useSecureCookies } from './cookies';
import { attachSession } from './session';
import { WEB_SIGN_IN, type WebSignIn } from './web-sign-in';

const parseCookies = cookieParser();

/**
 * Reads the request's cookies, then finds the live session behind the session cookie before any
 * page runs, restarting its idle clock, so pages, forms and the CSRF check all see the same
 * signed-in visitor. A cookie whose session is over is cleared. The cookies are parsed here
 * rather than by a middleware of their own: Nest mounts each middleware once per web route, and
 * every request, an API call too, tries each of those router layers in turn (#19's bench: the
 * router was a sixth of the bare route's main thread).
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(@Inject(WEB_SIGN_IN) private readonly signIn: WebSignIn) {}

  use(request: Request, response: Response, next: NextFunction): void {
    parseCookies(request, response, (error?: unknown) => {
      if (error) next(error);
      else void this.attach(request, response, next);
    });
  }

  private async attach(request: Request, response: Response, next: NextFunction): Promise<void> {
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
