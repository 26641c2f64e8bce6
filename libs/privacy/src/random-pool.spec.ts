import { randomBytesFromPool } from './random-pool';

describe('random bytes drawn from the pool', () => {
  it('are never handed out twice, across many refills of the pool', () => {
    const drawn = Array.from({ length: 2_000 }, (_, i) => randomBytesFromPool(i % 2 === 0 ? 32 : 12));

    expect(drawn.map((bytes) => bytes.length)).toEqual(drawn.map((_, i) => (i % 2 === 0 ? 32 : 12)));
    expect(new Set(drawn.map((bytes) => bytes.toString('hex'))).size).toBe(drawn.length);
  });

  it('are the caller’s own: changing them changes no later draw', () => {
    const first = randomBytesFromPool(32);
    first.fill(0);

    const next = randomBytesFromPool(32);

    expect(next.equals(Buffer.alloc(32))).toBe(false);
  });

  it('come straight from the generator when more are asked than the pool holds', () => {
    expect(randomBytesFromPool(10_000)).toHaveLength(10_000);
  });
});
