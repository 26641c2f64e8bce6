import type { JWTPayload } from 'jose';
import { isRole, ROLES, type Principal } from '#application';
import { UnauthenticatedError } from './claims';

/** Where roles and municipalities stand in a provider's tokens (dotted claim paths). */
export interface ClaimMapping {
  readonly rolesClaim: string;
  readonly municipalitiesClaim: string;
  /** Group ids (listed in `claim`) that grant roles and municipalities. */
  readonly groups?: {
    readonly claim: string;
    readonly grants: Readonly<
      Record<string, { readonly roles: readonly string[]; readonly municipalities: readonly string[] }>
    >;
  };
}

/** The contract's own claims: `roles` and `municipalities` at the top level. */
export const CONTRACT_CLAIMS: ClaimMapping = { rolesClaim: 'roles', municipalitiesClaim: 'municipalities' };

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** Refuses, at start, a group mapping that grants a role the engine does not know. */
export function checkClaimMapping(mapping: ClaimMapping): ClaimMapping {
  for (const [group, grant] of Object.entries(mapping.groups?.grants ?? {})) {
    const unknown = grant.roles.filter((role) => !isRole(role));
    if (unknown.length > 0) {
      throw new Error(
        `OIDC_GROUP_MAPPING_FILE grants group ${group} unknown roles ${unknown.join(', ')} (known: ${ROLES.join(', ')})`,
      );
    }
  }
  return mapping;
}

/**
 * The caller a provider's token names: `sub`, and the roles and municipalities found under the
 * configured claims and granted by the groups it lists. Roles the engine does not know are
 * ignored (a provider lists many), but a caller with none of ours is refused.
 */
export function principalFromMappedClaims(payload: JWTPayload, mapping: ClaimMapping): Principal {
  const { sub } = payload;
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthenticatedError('The token names no subject (sub).');
  const roles = new Set(stringsAt(payload, mapping.rolesClaim).filter(isRole));
  const municipalities = new Set(stringsAt(payload, mapping.municipalitiesClaim).map((m) => m.toUpperCase()));
  if (mapping.groups) {
    for (const group of stringsAt(payload, mapping.groups.claim)) {
      const grant = mapping.groups.grants[group];
      grant?.roles.filter(isRole).forEach((role) => roles.add(role));
      grant?.municipalities.forEach((code) => municipalities.add(code));
    }
  }
  if (roles.size === 0) throw new UnauthenticatedError('The token grants none of the engine’s roles.');
  if (![...municipalities].every((code) => MUNICIPALITY_CODE.test(code))) {
    throw new UnauthenticatedError('The token lists municipalities that are not CBS codes (GM0000).');
  }
  return { id: sub, roles: [...roles], municipalities: [...municipalities].sort() };
}

/** The strings at a dotted path (`realm_access.roles`); a single string counts as a list of one. */
function stringsAt(payload: JWTPayload, path: string): string[] {
  // A claim named with dots (a URI, as Entra's and Auth0's custom claims are) wins over a path.
  let value: unknown = path in payload ? payload[path] : undefined;
  if (value === undefined) {
    value = path
      .split('.')
      .reduce<unknown>(
        (at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
        payload,
      );
  }
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
