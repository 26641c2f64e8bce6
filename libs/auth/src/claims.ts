import type { JWTPayload } from 'jose';
import { isRole, type Principal } from '#application';

export const LOCAL_ISSUER = 'participation-engine-local';
export const DEFAULT_AUDIENCE = 'participation-engine';

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** The token is missing, malformed, expired, or not signed by a key we trust (HTTP 401). */
export class UnauthenticatedError extends Error {
  readonly code = 'AUTH.UNAUTHENTICATED';

  constructor(message: string) {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** Reads the contract's claims (`sub`, `roles`, `municipalities`), refusing anything else. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const { sub, roles, municipalities } = payload as JWTPayload & { roles?: unknown; municipalities?: unknown };
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthenticatedError('The token names no subject (sub).');
  if (!Array.isArray(roles) || !roles.every((r): r is string => typeof r === 'string' && isRole(r))) {
    throw new UnauthenticatedError('The token holds an unknown role.');
  }
  if (
    !Array.isArray(municipalities) ||
    !municipalities.every((m): m is string => typeof m === 'string' && MUNICIPALITY_CODE.test(m))
  ) {
    throw new UnauthenticatedError('The token lists municipalities that are not CBS codes (GM0000).');
  }
  return { id: sub, roles: roles.filter(isRole), municipalities };
}
