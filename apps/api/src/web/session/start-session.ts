import type { Request, Response } from 'express';
import type { Principal } from '#application';
import type { SignInMethod } from '#sessions';
import { CSRF_COOKIE, SESSION_COOKIE, clearCookie, cookieOptions, setOwnCookie } from './cookies';
import type { WebSignIn } from './web-sign-in';

/**
 * Opens a server-side session and hands the browser its secret. SameSite=Lax, not Strict: the
 * first page after the provider's redirect is a cross-site navigation, and a Strict cookie would
 * be withheld from it; forms are still guarded by the session's own CSRF token.
 */
export async function startSession(
  request: Request,
  response: Response,
  signIn: WebSignIn,
  principal: Principal,
  method: SignInMethod,
  idTokenHint?: string,
): Promise<void> {
  const { secret } = await signIn.sessions.open({
    principal,
    method,
    ...(idTokenHint === undefined ? {} : { idTokenHint }),
    now: signIn.now(),
  });
  setOwnCookie(
    request,
    response,
    SESSION_COOKIE,
    secret,
    cookieOptions(request, signIn.sessions.limits.absoluteMs, 'lax'),
  );
  // The signed-out visitor's CSRF value has served its purpose; the session brings its own.
  clearCookie(request, response, CSRF_COOKIE);
}
