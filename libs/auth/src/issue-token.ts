import { SignJWT } from 'jose';
import type { Principal } from '#application';
import { DEFAULT_AUDIENCE, LOCAL_ISSUER } from './claims';
import type { LocalSigningKey } from './local-signing-key';

/** Signs a token with the local key, for the embedded default and the CLI. */
export async function issueLocalToken(
  key: LocalSigningKey,
  principal: Principal,
  options: { readonly ttlSeconds?: number; readonly now?: Date } = {},
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ roles: [...principal.roles], municipalities: [...principal.municipalities] })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(principal.id)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 8 * 3600))
    .sign(key.privateKey);
}
