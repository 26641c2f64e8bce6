import type { Principal } from '#application';
import type { TokenVerifier } from '#auth';

const VERIFIED = new WeakMap<object, { readonly token: string; readonly principal: Promise<Principal> }>();

/**
 * The request's bearer token, verified once however many guards ask: the rate limit keys on
 * the subject before authentication runs, and a signature check is the costliest step of both.
 */
export function verifyOnce(request: object, token: string, verifier: TokenVerifier): Promise<Principal> {
  const known = VERIFIED.get(request);
  if (known?.token === token) return known.principal;
  const principal = verifier.verify(token);
  VERIFIED.set(request, { token, principal });
  return principal;
}
