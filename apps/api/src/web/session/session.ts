import type { Request, Response } from 'express';
import type { Principal } from '#application';
import type { TokenVerifier } from '#auth';
import { TOKEN_COOKIE, clearCookie, cookieOf } from './cookies';

export interface Session {
  readonly token: string;
  readonly principal: Principal;
}

/**
 * The signed-in visitor, from the token cookie, verified as the API verifies bearer tokens.
 * An expired or foreign token ends the session rather than failing every call after it.
 */
export async function sessionOf(
  request: Request,
  response: Response,
  verifier: TokenVerifier,
): Promise<Session | undefined> {
  const token = cookieOf(request, TOKEN_COOKIE);
  if (token === undefined) return undefined;
  try {
    return { token, principal: await verifier.verify(token) };
  } catch {
    clearCookie(request, response, TOKEN_COOKIE);
    return undefined;
  }
}
