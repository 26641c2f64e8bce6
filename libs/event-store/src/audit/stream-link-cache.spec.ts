import { StreamLinkCache } from './stream-link-cache';

const hash = (n: number): string => String(n).padStart(64, '0');

describe('the cache of newest links per stream', () => {
  it('keeps the newest link of a stream and never goes back to an older one', () => {
    const cache = new StreamLinkCache(10);
    cache.remember('s', { revision: 3, hash: hash(3) });
    cache.remember('s', { revision: 1, hash: hash(1) });
    expect(cache.get('s')).toEqual({ revision: 3, hash: hash(3) });
    cache.remember('s', { revision: 4, hash: hash(4) });
    expect(cache.get('s')).toEqual({ revision: 4, hash: hash(4) });
  });

  it('lets the least recently used stream go when full', () => {
    const cache = new StreamLinkCache(2);
    cache.remember('a', { revision: 0, hash: hash(0) });
    cache.remember('b', { revision: 0, hash: hash(0) });
    cache.get('a');
    cache.remember('c', { revision: 0, hash: hash(0) });
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((link) => link !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
  });
});
