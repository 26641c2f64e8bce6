import type { CookieOptions, Request, Response } from 'express';

/** The signed-in user's bearer token; never readable by scripts, never sent cross-site. */
export const TOKEN_COOKIE = 'pe_token';
/** The double-submit CSRF secret that every form echoes in `_csrf`. */
export const CSRF_COOKIE = 'pe_csrf';
/** The chosen language, when it is not the default (Dutch). */
export const LANGUAGE_COOKIE = 'pe_lang';

/** HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS. */
export function cookieOptions(request: Request, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/',
    ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
  };
}

/** A cookie's value as cookie-parser read it, or undefined when absent or not a string. */
export function cookieOf(request: Request, name: string): string | undefined {
  const cookies = request.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function clearCookie(request: Request, response: Response, name: string): void {
  response.clearCookie(name, cookieOptions(request));
}
