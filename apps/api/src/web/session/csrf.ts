import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { CSRF_COOKIE, cookieOf, cookieOptions } from './cookies';

/** The form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';

/**
 * The request's CSRF token (double submit): a random value in an HttpOnly, SameSite=Strict
 * cookie, echoed by every form. Made on first sight, so even the sign-in form carries one.
 */
export function csrfTokenFor(request: Request, response: Response): string {
  const existing = cookieOf(request, CSRF_COOKIE);
  if (existing !== undefined && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  response.cookie(CSRF_COOKIE, token, cookieOptions(request));
  // Later code in this request must see the token it will send.
  (request.cookies as Record<string, string>)[CSRF_COOKIE] = token;
  return token;
}

/** Whether a posted form echoes the cookie's token; compared in constant time. */
export function isCsrfValid(request: Request): boolean {
  const cookie = cookieOf(request, CSRF_COOKIE);
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?.[CSRF_FIELD];
  if (cookie === undefined || typeof field !== 'string') return false;
  const expected = Buffer.from(cookie);
  const given = Buffer.from(field);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
