/**
 * JSON text for a value with every object's keys sorted (UTF-16 code unit order) and no
 * whitespace, so equal JSON values give equal text whichever order their keys were written
 * or stored in (PostgreSQL `jsonb` reorders them).
 *
 * It follows `JSON.stringify` in everything else, because that is what the adapters store:
 * `toJSON` is honoured, `undefined`, functions and symbols are left out of objects and become
 * `null` in arrays, and numbers that are not finite become `null`. A `bigint` throws, as it
 * cannot be stored either.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '') ?? 'null';
}

function serialise(value: unknown, key: string): string | undefined {
  const json = toJsonValue(value, key);
  switch (typeof json) {
    case 'string':
    case 'boolean':
      return JSON.stringify(json);
    case 'number':
      return Number.isFinite(json) ? JSON.stringify(json) : 'null';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('A bigint has no JSON form');
    case 'object':
      if (json === null) return 'null';
      if (Array.isArray(json)) return `[${json.map((item, i) => serialise(item, String(i)) ?? 'null').join(',')}]`;
      return serialiseObject(json as Record<string, unknown>);
    default:
      throw new TypeError(`Unexpected ${typeof json}`);
  }
}

function serialiseObject(object: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = serialise(object[key], key);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  // Boxed primitives serialise as their primitive, as JSON.stringify does.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return value.valueOf();
  return value;
}
