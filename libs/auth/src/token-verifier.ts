import { createRemoteJWKSet, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '#application';
import { DEFAULT_AUDIENCE, LOCAL_ISSUER, principalFromClaims, UnauthenticatedError } from './claims';
import type { LocalSigningKey } from './local-signing-key';

export interface TokenVerifier {
  /** The caller behind a bearer token; throws {@link UnauthenticatedError} for any bad token. */
  verify(token: string): Promise<Principal>;
}

export interface JwksSettings {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
}

export function localTokenVerifier(key: LocalSigningKey): TokenVerifier {
  return verifierFor(key.publicKey, LOCAL_ISSUER, DEFAULT_AUDIENCE);
}

/** Production: keys from the identity provider's JWKS endpoint, refreshed as it rotates them. */
export function jwksTokenVerifier(settings: JwksSettings): TokenVerifier {
  return verifierFor(createRemoteJWKSet(new URL(settings.jwksUrl)), settings.issuer, settings.audience);
}

function verifierFor(key: CryptoKey | JWTVerifyGetKey, issuer: string, audience: string): TokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key as CryptoKey, {
          issuer,
          audience,
          algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        });
        return principalFromClaims(payload);
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        // jose's message says why (expired, bad signature) without echoing the token.
        throw new UnauthenticatedError(`The bearer token is not valid: ${(error as Error).message}`);
      }
    },
  };
}
