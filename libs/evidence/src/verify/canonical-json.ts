/**
 * JSON with object keys sorted and no spaces, so the same value always gives the same bytes,
 * whichever order a database or a parser keeps keys in. Written out here (it is a dozen lines)
 * so the verifier needs nothing but Node.js itself.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let items = '';
    for (let i = 0; i < value.length; i += 1) items += (i === 0 ? '' : ',') + canonicalJson(value[i] ?? null);
    return `[${items}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let members = '';
    for (const key of sortedKeys(record)) {
      const item = record[key];
      // Members whose value is undefined are left out, as JSON.stringify leaves them out.
      if (item === undefined) continue;
      members += (members === '' ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(item);
    }
    return `{${members}}`;
  }
  throw new TypeError(`cannot hash a ${typeof value}`);
}

/**
 * The keys in UTF-16 code unit order (the default sort's, as `<` compares strings), sorted in
 * place by insertion: an event's objects have a handful of keys, and the checkpointer sorts
 * those of every event it adds (P7), where the general sort took a third more.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j -= 1) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}
