export const ROLES = [
  'official',
  'body-member',
  'secretary',
  'evaluator',
  'council-member',
  'admin',
  'dispute-committee',
] as const;
export type Role = (typeof ROLES)[number];

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
