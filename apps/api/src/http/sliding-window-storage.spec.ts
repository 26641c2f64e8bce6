import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowStorage } from './sliding-window-storage';

const T0 = Date.UTC(2026, 11, 7, 22, 0, 0);

describe('SlidingWindowStorage', () => {
  let clock = T0;
  const storage = (): SlidingWindowStorage => new SlidingWindowStorage(() => clock);

  beforeEach(() => {
    clock = T0;
  });

  it('counts the hits of the window and lets them leave it ttl after they came', async () => {
    const limiter = storage();
    expect((await limiter.increment('a', 10_000, 3, 10_000, 'default')).totalHits).toBe(1);
    clock += 4_000;
    expect((await limiter.increment('a', 10_000, 3, 10_000, 'default')).totalHits).toBe(2);
    clock += 6_000; // the first hit has left
    const record = await limiter.increment('a', 10_000, 3, 10_000, 'default');
    expect(record).toMatchObject({ totalHits: 2, timeToExpire: 10, isBlocked: false });
  });

  it('blocks a caller past the limit for the block duration, then starts the window again', async () => {
    const limiter = storage();
    for (let i = 0; i < 2; i += 1) await limiter.increment('a', 60_000, 2, 60_000, 'default');
    const blocked = await limiter.increment('a', 60_000, 2, 60_000, 'default');
    expect(blocked).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    clock += 59_500;
    expect(await limiter.increment('a', 60_000, 2, 60_000, 'default')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    clock += 500;
    expect(await limiter.increment('a', 60_000, 2, 60_000, 'default')).toMatchObject({
      isBlocked: false,
      totalHits: 1,
    });
  });

  it('keeps one budget per key and throttler', async () => {
    const limiter = storage();
    await limiter.increment('a', 60_000, 1, 60_000, 'default');
    expect((await limiter.increment('b', 60_000, 1, 60_000, 'default')).isBlocked).toBe(false);
    expect((await limiter.increment('a', 60_000, 1, 60_000, 'other')).isBlocked).toBe(false);
    expect((await limiter.increment('a', 60_000, 1, 60_000, 'default')).isBlocked).toBe(true);
  });

  it('drops on a sweep only the budgets that neither block nor hold a live hit', async () => {
    const limiter = storage();
    await limiter.increment('idle', 1_000, 5, 1_000, 'default');
    for (let i = 0; i < 3; i += 1) await limiter.increment('blocked', 1_000, 1, 120_000, 'default');
    clock += 30_000;
    await limiter.increment('live', 60_000, 5, 60_000, 'default');
    limiter.sweep();
    // A dropped budget starts from nothing; a kept one remembers its hits or its block.
    clock += 1;
    expect((await limiter.increment('idle', 1_000, 5, 1_000, 'default')).timeToExpire).toBe(1);
    expect((await limiter.increment('blocked', 1_000, 1, 120_000, 'default')).isBlocked).toBe(true);
    expect((await limiter.increment('live', 60_000, 5, 60_000, 'default')).totalHits).toBe(2);
    limiter.onApplicationShutdown();
  });
});

describe('SlidingWindowStorage beside @nestjs/throttler’s own storage', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers every request of a long run of callers exactly as the package’s storage does', async () => {
    jest.useFakeTimers({ now: T0 });
    const ours = new SlidingWindowStorage();
    const theirs = new ThrottlerStorageService();
    let seed = 19;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    // One ttl per throttler, as an app has: each run of requests has callers of its own.
    for (const [ttl, limit, blockDuration] of [
      [1_000, 5, 1_000],
      [60_000, 20, 60_000],
      [10_000, 3, 30_000],
      [2_000, 4, 0],
    ] as const) {
      for (let i = 0; i < 3_000; i += 1) {
        jest.setSystemTime(Date.now() + next(400));
        const key = `caller-${ttl}-${limit}-${blockDuration}-${next(3)}`;
        const expected = await theirs.increment(key, ttl, limit, blockDuration, 'default');
        expect(await ours.increment(key, ttl, limit, blockDuration, 'default')).toEqual(expected);
      }
    }
    ours.onApplicationShutdown();
    theirs.onApplicationShutdown();
  });
});
