import { canonicalJson } from './canonical-json';

/** The first version of `canonicalJson` (ADR 0030), which every leaf so far was hashed with. */
function firstVersion(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => firstVersion(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${firstVersion(item)}`).join(',')}}`;
}

describe('canonical JSON', () => {
  it('gives the bytes of its first version: keys by code unit, undefined members left out', () => {
    const values: unknown[] = [
      { b: 1, a: [3, { z: null, y: undefined, é: 'ë' }], A: true, '10': 'x', '9': 'y', '': 0 },
      { streamId: 's', data: { summary: 'Trap\nlift "x"', nested: { b: [undefined, 2], a: {} } }, v: 1 },
      [],
      {},
      'tekst',
      { '\u{1F600}': 1, '\uFB01': 2, z: -0.5 },
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(firstVersion(value));
  });
});
