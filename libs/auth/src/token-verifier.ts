import { createRemoteJWKSet, decodeJwt, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '#application';
import { DEFAULT_AUDIENCE, LOCAL_ISSUER, principalFromClaims, UnauthenticatedError } from './claims';
import { principalFromMappedClaims, type ClaimMapping } from './claim-mapping';
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

/**
 * `typ` values an access token may carry: RFC 9068's `at+jwt`, or the generic `JWT` many
 * providers (Entra ID among them) still send. An ID token is never one of these by type alone,
 * so the claims only an ID token holds are refused as well.
 */
const ACCESS_TOKEN_TYPES = ['at+jwt', 'application/at+jwt', 'jwt'];
/** Claims of an ID token (OpenID Connect Core §2, §3.3.2.11) that no access token needs. */
const ID_TOKEN_CLAIMS = ['nonce', 'at_hash', 'c_hash', 's_hash'];

export function localTokenVerifier(key: LocalSigningKey): TokenVerifier {
  return verifierFor(key.publicKey, LOCAL_ISSUER, DEFAULT_AUDIENCE, principalFromClaims);
}

/**
 * Production: keys from the identity provider's JWKS endpoint, refreshed as it rotates them.
 * The provider's access tokens (people's and service accounts', client credentials) name the
 * caller's roles and municipalities under `claims`; by default the contract's own claims.
 */
export function jwksTokenVerifier(settings: JwksSettings, claims?: ClaimMapping): TokenVerifier {
  const principalOf = claims
    ? (payload: JWTPayload) => principalFromMappedClaims(payload, claims)
    : principalFromClaims;
  return verifierFor(createRemoteJWKSet(new URL(settings.jwksUrl)), settings.issuer, settings.audience, principalOf);
}

/**
 * One verifier per issuer, chosen by the token's (not yet verified) `iss`: the verifier then
 * checks that very issuer again, with its own keys, so choosing by a forged `iss` gains nothing.
 */
export function verifierByIssuer(verifiers: Readonly<Record<string, TokenVerifier>>): TokenVerifier {
  return {
    verify(token) {
      let issuer: unknown;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        return Promise.reject(new UnauthenticatedError('The bearer token is not a JWT.'));
      }
      const verifier = typeof issuer === 'string' && Object.hasOwn(verifiers, issuer) ? verifiers[issuer] : undefined;
      return verifier
        ? verifier.verify(token)
        : Promise.reject(new UnauthenticatedError('The bearer token is not valid: its issuer is not trusted.'));
    },
  };
}

function verifierFor(
  key: CryptoKey | JWTVerifyGetKey,
  issuer: string,
  audience: string,
  principalOf: (payload: JWTPayload) => Principal,
): TokenVerifier {
  return {
    async verify(token) {
      try {
        const { payload, protectedHeader } = await jwtVerify(token, key as CryptoKey, {
          issuer,
          audience,
          algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
          // A token without an end would be good forever once it leaked.
          requiredClaims: ['exp'],
        });
        const type = protectedHeader.typ?.toLowerCase();
        if (type !== undefined && !ACCESS_TOKEN_TYPES.includes(type)) {
          throw new UnauthenticatedError(`The bearer token is not an access token (typ ${protectedHeader.typ}).`);
        }
        if (ID_TOKEN_CLAIMS.some((claim) => claim in payload)) {
          throw new UnauthenticatedError('The bearer token is an ID token; send an access token.');
        }
        return principalOf(payload);
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        // jose's message says why (expired, bad signature) without echoing the token.
        throw new UnauthenticatedError(`The bearer token is not valid: ${(error as Error).message}`);
      }
    },
  };
}
