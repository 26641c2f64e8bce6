import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('writes equal values as equal text whatever order their keys came in', () => {
    const a = { b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
  });

  it('reads back as the value JSON.stringify would have stored', () => {
    const value = {
      when: new Date('2026-11-23T10:00:00.000Z'),
      missing: undefined,
      list: [undefined, Number.NaN, Infinity, -0, 1e21, 'ü\u2028"'],
      boxed: Object(5) as unknown,
      nested: { toJSON: () => ({ shown: 'instead' }) },
    };
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('sorts keys by code unit, as every JSON implementation can repeat', () => {
    expect(canonicalJson({ b: 0, B: 0, é: 0, a: 0, '10': 0, '9': 0 })).toBe('{"10":0,"9":0,"B":0,"a":0,"b":0,"é":0}');
  });

  it('refuses a bigint, which no store can hold as JSON', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});
