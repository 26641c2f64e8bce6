import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Principal } from '#application';
import { DEFAULT_AUDIENCE, principalFromClaims, UnauthenticatedError } from './claims';
import type { TokenVerifier } from './token-verifier';

/** The issuer of the tokens a page hands its own API calls. */
export const PAGE_ISSUER = 'participation-engine-pages';

export interface PageTokens {
  /** A token for one page's calls to this process's API, on behalf of a live session. */
  issue(principal: Principal): Promise<string>;
  readonly verifier: TokenVerifier;
}

/**
 * The pages are a client of the API (ADR 0013) and call it with a bearer token. A session
 * keeps no token, so each page gets one of a minute, signed with a key that exists only in this
 * process's memory: no other process, and nothing stored, can make one.
 */
export function pageTokens(ttlSeconds = 60): PageTokens {
  const key = new Uint8Array(randomBytes(32));
  return {
    issue: (principal) =>
      new SignJWT({ roles: [...principal.roles], municipalities: [...principal.municipalities] })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(principal.id)
        .setIssuer(PAGE_ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),
    verifier: {
      async verify(token) {
        try {
          const { payload } = await jwtVerify(token, key, {
            issuer: PAGE_ISSUER,
            audience: DEFAULT_AUDIENCE,
            algorithms: ['HS256'],
            requiredClaims: ['exp'],
          });
          return principalFromClaims(payload);
        } catch (error) {
          if (error instanceof UnauthenticatedError) throw error;
          throw new UnauthenticatedError(`The bearer token is not valid: ${(error as Error).message}`);
        }
      },
    },
  };
}
