import { decodeJwt } from 'jose';
import { PAGE_ISSUER, type TokenVerifier } from '#auth';

/**
 * The configured verifier, and beside it this process's page tokens: a page calls the API on
 * behalf of its session with a token only this process can make (see `pageTokens`).
 */
export function pageAwareVerifier(configured: TokenVerifier, pages: TokenVerifier): TokenVerifier {
  return {
    verify(token) {
      let issuer: unknown;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        issuer = undefined;
      }
      return issuer === PAGE_ISSUER ? pages.verify(token) : configured.verify(token);
    },
  };
}
