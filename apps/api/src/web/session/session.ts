import type { Request } from 'express';
import type { Principal } from '#application';
import type { ActiveSession } from '#sessions';

export interface Session {
  /** A token of a minute for this page's own calls to the API (see `pageTokens`). */
  readonly token: string;
  readonly principal: Principal;
  /** The session as stored: its handle, CSRF token and sign-in method. */
  readonly active: ActiveSession;
}

const SESSIONS = new WeakMap<object, Session>();

/** Set by the session middleware once it found a live session behind the request's cookie. */
export function attachSession(request: Request, session: Session): void {
  SESSIONS.set(request, session);
}

/**
 * The signed-in visitor: the live server-side session behind the request's cookie, resolved by
 * the session middleware before any web controller runs. An ended, timed-out or revoked
 * session, or a cookie that names none, leaves the visitor signed out.
 */
export function sessionOf(request: Request): Session | undefined {
  return SESSIONS.get(request);
}
