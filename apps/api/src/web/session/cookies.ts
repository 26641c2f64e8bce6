import type { CookieOptions, Request, Response } from 'express';

/** The server-side session's secret; the session itself lives in PostgreSQL. */
export const SESSION_COOKIE = 'pe_session';
/** The double-submit CSRF secret of a visitor not signed in (the sign-in form). */
export const CSRF_COOKIE = 'pe_csrf';
/** A sign-in under way at the identity provider: state, nonce, PKCE verifier, where to go next. */
export const SIGN_IN_COOKIE = 'pe_signin';
/** The chosen language, when it is not the default (Dutch). */
export const LANGUAGE_COOKIE = 'pe_lang';

/** Set per request by the session middleware: whether the public URL is https. */
const SECURE = new WeakMap<object, boolean>();

export function useSecureCookies(request: Request, secure: boolean): void {
  SECURE.set(request, secure);
}

function isSecure(request: Request): boolean {
  return SECURE.get(request) ?? request.secure;
}

/**
 * The name a cookie of ours goes by: `__Host-` prefixed whenever cookies are `Secure` (the
 * public URL is https), so the browser keeps it to this host and path `/`, and no subdomain or
 * plain-http page can plant or overwrite it. Browsers refuse the prefix without `Secure`.
 */
export function cookieName(request: Request, base: string): string {
  return isSecure(request) ? `__Host-${base}` : base;
}

/** HttpOnly, SameSite (Strict unless said), path `/`, and Secure whenever the public URL is https. */
export function cookieOptions(
  request: Request,
  maxAgeMs?: number,
  sameSite: 'strict' | 'lax' = 'strict',
): CookieOptions {
  return {
    httpOnly: true,
    sameSite,
    secure: isSecure(request),
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

/** One of our own cookies (by its base name), under the name {@link cookieName} gives it. */
export function ownCookieOf(request: Request, base: string): string | undefined {
  return cookieOf(request, cookieName(request, base));
}

export function setOwnCookie(
  request: Request,
  response: Response,
  base: string,
  value: string,
  options: CookieOptions,
): void {
  response.cookie(cookieName(request, base), value, options);
}

export function clearCookie(request: Request, response: Response, base: string): void {
  response.clearCookie(cookieName(request, base), cookieOptions(request));
}
