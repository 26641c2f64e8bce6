import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { CSRF_COOKIE, cookieOptions, ownCookieOf, setOwnCookie, cookieName } from './cookies';
import { sessionOf } from './session';

/** The form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';

/**
 * The request's CSRF token. Signed in, it is the session's own (stored with it server-side), so
 * a token from another session or a planted cookie is worth nothing. Signed out (the sign-in
 * form), a double-submit value in an HttpOnly, SameSite=Strict cookie.
 */
export function csrfTokenFor(request: Request, response: Response): string {
  const session = sessionOf(request);
  if (session !== undefined) return session.active.csrfToken;
  const existing = ownCookieOf(request, CSRF_COOKIE);
  if (existing !== undefined && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  setOwnCookie(request, response, CSRF_COOKIE, token, cookieOptions(request));
  // Later code in this request must see the token it will send.
  (request.cookies as Record<string, string>)[cookieName(request, CSRF_COOKIE)] = token;
  return token;
}

/** Whether a posted form echoes the token of its session (or, signed out, of its cookie). */
export function isCsrfValid(request: Request): boolean {
  const session = sessionOf(request);
  const expectedToken = session !== undefined ? session.active.csrfToken : ownCookieOf(request, CSRF_COOKIE);
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?.[CSRF_FIELD];
  if (expectedToken === undefined || typeof field !== 'string') return false;
  const expected = Buffer.from(expectedToken);
  const given = Buffer.from(field);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
