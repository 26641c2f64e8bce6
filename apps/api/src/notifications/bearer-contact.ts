import { decodeJwt } from 'jose';
import { PAGE_ISSUER } from '#auth';
import type { SignedInClaims } from '#notifications';
import type { Principal } from '#application';

const MAX_EMAIL = 254;
const MAX_NAME = 200;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * What a verified bearer token says of where its caller reads mail: its `email` (and `name`)
 * claim, as the sign-in through the provider records them. A token without a usable address,
 * and the pages' own tokens (their sessions' addresses came with the sign-in), say nothing.
 */
export function contactOfBearer(token: string, principal: Principal): SignedInClaims | undefined {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return undefined;
  }
  const { email, name, iss } = claims;
  if (iss === PAGE_ISSUER || typeof email !== 'string' || email.length > MAX_EMAIL || !EMAIL.test(email)) {
    return undefined;
  }
  return {
    sub: principal.id,
    email,
    ...(typeof name === 'string' && name.length > 0 && name.length <= MAX_NAME ? { name } : {}),
    roles: principal.roles,
  };
}
