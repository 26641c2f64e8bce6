/**
 * JSON with object keys sorted and no spaces, so the same value always gives the same bytes,
 * whichever order a database or a parser keeps keys in. Written out here (it is a dozen lines)
 * so the verifier needs nothing but Node.js itself.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    // Keys in UTF-16 code unit order (the default sort), members whose value is undefined left out.
    const record = value as Record<string, unknown>;
    let members = '';
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      members += `${members === '' ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `{${members}}`;
  }
  throw new TypeError(`cannot hash a ${typeof value}`);
}
