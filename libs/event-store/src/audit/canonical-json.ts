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

function serialise(input: unknown, key: string): string | undefined {
  let value = input;
  if (typeof value === 'object' && value !== null) {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      value = (value as { toJSON(key: string): unknown }).toJSON(key);
    }
    // Boxed primitives serialise as their primitive, as JSON.stringify does.
    if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new TypeError('A bigint has no JSON form');
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value as Record<string, unknown>);
    case 'undefined':
    case 'function':
    case 'symbol':
      // No JSON form: left out of objects, null in arrays.
      return undefined;
    default:
      throw new TypeError(`Unexpected ${typeof value}`);
  }
}

function serialiseArray(array: readonly unknown[]): string {
  let text = '[';
  for (let i = 0; i < array.length; i += 1) {
    if (i > 0) text += ',';
    text += serialise(array[i], String(i)) ?? 'null';
  }
  return `${text}]`;
}

function serialiseObject(object: Record<string, unknown>): string {
  let text = '{';
  let first = true;
  for (const key of Object.keys(object).sort()) {
    const member = serialise(object[key], key);
    if (member === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${member}`;
    first = false;
  }
  return `${text}}`;
}
