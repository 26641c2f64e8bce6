import { decodeJwt } from 'jose';
import type { Principal } from '#application';
import type { TokenVerifier } from './token-verifier';

export interface RememberOptions {
  /** Tokens remembered at most; the least recently used goes first. Default 1,000. */
  readonly maxTokens?: number;
  /**
   * How long a verification is trusted without checking the signature again; default 60 s.
   * It bounds how long a key the identity provider withdrew from its JWKS is still accepted.
   */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

interface Remembered {
  readonly principal: Principal;
  readonly until: number;
}

/**
 * Remembers tokens that verified, so a client that sends the same token with every request
 * pays for one signature check a minute instead of one per request (an ECDSA check costs more
 * than the rest of a command's authentication together). A remembered token still expires at
 * its own `exp`. Refusals are never remembered.
 */
export function rememberingTokenVerifier(inner: TokenVerifier, options: RememberOptions = {}): TokenVerifier {
  const maxTokens = options.maxTokens ?? 1_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const remembered = new Map<string, Remembered>();
  return {
    async verify(token) {
      const known = remembered.get(token);
      remembered.delete(token);
      if (known && now() < known.until) {
        remembered.set(token, known);
        return known.principal;
      }
      const principal = await inner.verify(token);
      remembered.set(token, { principal, until: Math.min(now() + maxAgeMs, expiryOf(token)) });
      if (remembered.size > maxTokens) remembered.delete(remembered.keys().next().value as string);
      return principal;
    },
  };
}

/** The token's `exp` in milliseconds; the signature is verified by then. */
function expiryOf(token: string): number {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY;
}
