import type { Pool } from 'pg';
import { pauseUnlessStopped, settledOrPoolGone } from './stopping';

/** A pool as a stop sees it: only whether it is being ended. */
const fakePool = (): { ending: boolean } & Pool => ({ ending: false }) as { ending: boolean } & Pool;

describe('stopping a background loop', () => {
  it('waits for the loop while its pool is open', async () => {
    const pool = fakePool();
    let settled = false;
    const loop = new Promise<void>((resolve) => setTimeout(resolve, 30)).then(() => {
      settled = true;
    });
    await settledOrPoolGone(loop, pool);
    expect(settled).toBe(true);
  });

  it('stops waiting once the pool is ended, though the loop never settles', async () => {
    const pool = fakePool();
    setTimeout(() => (pool.ending = true), 10);
    await expect(settledOrPoolGone(new Promise(() => undefined), pool)).resolves.toBeUndefined();
  });

  it('does not wait for a loop that failed', async () => {
    await expect(settledOrPoolGone(Promise.reject(new Error('lost')), fakePool())).resolves.toBeUndefined();
  });

  it('cuts a pause short when stopped', async () => {
    const stop = new AbortController();
    const startedAt = Date.now();
    setTimeout(() => stop.abort(), 10);
    await pauseUnlessStopped(10_000, stop.signal);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });
});
