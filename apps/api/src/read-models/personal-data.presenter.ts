import type { Principal } from '#application';
import { revealPersonalData, type PersonKeyStore } from '#privacy';

/** Personal data is shown only to the roles that work with it (shared/api-contract.md). */
const MAY_SEE_PERSONAL_DATA = new Set(['admin', 'secretary', 'body-member']);

export function maySeePersonalData(principal: Principal | undefined): boolean {
  return principal?.roles.some((role) => MAY_SEE_PERSONAL_DATA.has(role)) ?? false;
}

/**
 * Rows as the caller may see them: personal data opened for the roles that work with it,
 * left sealed for the others (their answer shows it as restricted).
 */
export async function revealFor<T>(
  keys: PersonKeyStore,
  principal: Principal | undefined,
  docs: readonly T[],
): Promise<{ readonly docs: T[]; readonly visible: boolean }> {
  const visible = maySeePersonalData(principal);
  return { docs: visible ? await revealPersonalData(keys, docs) : [...docs], visible };
}

type Opened = { personId: string; value: unknown } | { personId: string; erased: true } | { personId: string };

/**
 * A person's data as an answer shows it: `{ personId, ...fields }` for those who may see it,
 * `{ personId, erased: true }` once forgotten, `{ personId, restricted: true }` for others.
 * `field` names a plain value (a free text) inside the object.
 */
export function presentPersonalData(
  opened: unknown,
  visible: boolean,
  field?: string,
): ({ personId: string } & Record<string, unknown>) | undefined {
  if (!opened || typeof opened !== 'object' || !('personId' in opened)) return undefined;
  const data = opened as Opened;
  if ('erased' in data) return { personId: data.personId, erased: true };
  if (!visible || !('value' in data)) return { personId: data.personId, restricted: true };
  const value = data.value;
  return field ? { personId: data.personId, [field]: value } : { personId: data.personId, ...(value as object) };
}
