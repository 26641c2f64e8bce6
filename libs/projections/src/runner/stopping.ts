import { setTimeout as delay } from 'node:timers/promises';
import type { Pool } from 'pg';

/** How often a stop looks whether the pool it waits on was ended. */
const POOL_CHECK_MS = 25;

/** Sleeps `ms`, or less when `signal` says stop; never rejects. */
export async function pauseUnlessStopped(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await delay(ms, undefined, { signal }).catch(() => undefined);
}

/**
 * Waits for a background loop to settle, or until one of these pools is ended. A request
 * queued on a pg pool (all its connections busy) when `end()` is called never settles, so a
 * loop that waits on one would hold its stop forever; once the pool is going, nothing the
 * loop still waits for can reach the database, and nothing is lost by not waiting: its place
 * is in the last committed checkpoint.
 */
export async function settledOrPoolGone(loop: Promise<unknown>, ...pools: readonly Pool[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const gone = new Promise<void>((resolve) => {
    const look = (): void => {
      if (pools.some((pool) => pool.ending)) resolve();
      else timer = setTimeout(look, POOL_CHECK_MS);
    };
    look();
  });
  try {
    await Promise.race([loop.then(ignore, ignore), gone]);
  } finally {
    clearTimeout(timer);
  }
}

function ignore(): void {
  return undefined;
}
