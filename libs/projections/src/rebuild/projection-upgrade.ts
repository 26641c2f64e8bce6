import { setTimeout as delay } from 'node:timers/promises';
import type { Pool } from 'pg';
import type { EventStore } from '#event-store';
import type { Projection } from '../projection';
import { settledOrPoolGone } from '../runner/stopping';
import { upgradeProjections, type UpgradeOptions, type UpgradeOutcome } from './upgrade-projections';

export interface ProjectionUpgradeOptions extends UpgradeOptions {
  /** Pause before asking again while another process holds the rebuild lock. Default 5 s. */
  readonly retryMs?: number;
  /** Another process rebuilds: this one waits and checks again. */
  readonly onBusy?: () => void;
  /** A failed attempt; the next one starts after a pause that doubles each time, up to 5 min. */
  readonly onError?: (error: unknown) => void;
}

/** The background upgrade of a starting process. */
export interface RunningUpgrade {
  /** Settles once every read model is at today's version, or when stopped first; never rejects. */
  readonly done: Promise<UpgradeOutcome | { readonly kind: 'stopped' }>;
  /** Stops before the replay's next batch; the next start clears what it filled. */
  stop(): Promise<void>;
}

const MAX_ERROR_PAUSE_MS = 5 * 60_000;

/**
 * Brings the read models built by older definitions to today's versions in the background
 * ({@link upgradeProjections}) while the runner keeps the others current. While another process
 * holds the rebuild lock it waits and asks again, so it ends only once the versions match:
 * whoever rebuilt them.
 */
export function startProjectionUpgrade(
  store: EventStore,
  pool: Pool,
  projections: readonly Projection[],
  options: ProjectionUpgradeOptions = {},
): RunningUpgrade {
  const abort = new AbortController();
  const signal = abort.signal;
  const retryMs = options.retryMs ?? 5_000;
  const run = async (): Promise<UpgradeOutcome | { readonly kind: 'stopped' }> => {
    let failures = 0;
    while (!signal.aborted) {
      let pause = retryMs;
      try {
        const outcome = await upgradeProjections(store, pool, projections, { ...options, signal });
        if (outcome.kind !== 'busy') return outcome;
        options.onBusy?.();
      } catch (error) {
        if (signal.aborted) break;
        options.onError?.(error);
        failures += 1;
        pause = Math.min(retryMs * 2 ** failures, MAX_ERROR_PAUSE_MS);
      }
      await delay(pause, undefined, { signal }).catch(() => undefined);
    }
    return { kind: 'stopped' };
  };
  const done = run();
  return {
    done,
    stop: async () => {
      abort.abort();
      // A query queued on a pool ended meanwhile never settles; the next start begins again anyway.
      await settledOrPoolGone(done, pool);
    },
  };
}
