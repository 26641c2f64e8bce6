/** Stored form of personal data: the value sealed under the person's key, or erased. */
export type SealedPersonalData = { personId: string; ciphertext: string } | { personId: string; erased: true };

export function isPlainPersonalData(value: unknown): value is { personId: string; value: unknown } {
  return isRecord(value) && typeof value.personId === 'string' && 'value' in value && Object.keys(value).length === 2;
}

export function isSealedPersonalData(value: unknown): value is { personId: string; ciphertext: string } {
  return isRecord(value) && typeof value.personId === 'string' && typeof value.ciphertext === 'string';
}

/** Rebuilds plain JSON, letting `visit` replace any node it recognises (it answers `undefined` to pass). */
export function mapJson(value: unknown, visit: (node: unknown) => unknown): unknown {
  const replaced = visit(value);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) return value.map((item) => mapJson(item, visit));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapJson(v, visit)]));
  return value;
}

/** Every personId found in nodes that `matches` recognises. */
export function personIdsIn(value: unknown, matches: (node: unknown) => node is { personId: string }): string[] {
  const ids: string[] = [];
  mapJson(value, (node) => {
    if (matches(node)) ids.push(node.personId);
    return undefined;
  });
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
