import type { ApiProcess } from './api-process';
import type { QueryAnswer, QueryClientJob } from './query-client.worker';
import { Latencies } from './latency';
import type { Random } from './random';
import { runWorker } from './run-worker';

/** Requests before measuring: the API has just started, and its request path is still being compiled. */
const WARM_UP_REQUESTS = 200;

export interface HistoryLatency {
  readonly events: number;
  readonly p50: number;
  readonly p99: number;
  readonly queries: number;
}

/**
 * GetTrajectoryHistory over HTTP, one request at a time, for trajectories drawn at random
 * (seeded). The requests leave from a worker thread: this process may still hold the store
 * generator's heap, and its garbage collection would otherwise be measured as the API's latency.
 */
export async function measureHistory(
  api: ApiProcess,
  trajectoryIds: readonly string[],
  municipalities: readonly string[],
  queries: number,
  events: number,
  random: Random,
): Promise<HistoryLatency> {
  const historyOf = (): string => `/api/v1/advice-trajectories/${random.pick(trajectoryIds)}/history`;
  const job: QueryClientJob = {
    baseUrl: api.baseUrl,
    authorization: await api.bearer(['official'], municipalities),
    warmUp: Array.from({ length: WARM_UP_REQUESTS }, historyOf),
    measured: Array.from({ length: queries }, historyOf),
    readTotals: false,
  };
  const measured = new Latencies();
  for (const { ms } of await runWorker<QueryClientJob, QueryAnswer[]>('query-client', job)) measured.recordMs(ms);
  return { events, p50: measured.percentileMs(50), p99: measured.percentileMs(99), queries: measured.count };
}
