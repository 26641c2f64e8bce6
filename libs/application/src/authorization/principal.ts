import { ACTOR_ROLES, type ActorRole } from '#domain';

/** The roles a token may carry: the ones the domain's rules know by name, listed there once. */
export const ROLES = ACTOR_ROLES;
export type Role = ActorRole;

/** The authenticated caller, from the bearer token's claims. */
export interface Principal {
  /** Pseudonymous user id (`sub`). */
  readonly id: string;
  readonly roles: readonly Role[];
  /** CBS codes of the municipalities the caller acts for. */
  readonly municipalities: readonly string[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
