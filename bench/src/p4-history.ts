import { Latencies } from './latency';
import type { ApiProcess } from './api-process';
import type { Random } from './random';

export interface HistoryLatency {
  readonly events: number;
  readonly p50: number;
  readonly p99: number;
  readonly queries: number;
}

/** GetTrajectoryHistory over HTTP, one request at a time, for trajectories drawn at random (seeded). */
export async function measureHistory(
  api: ApiProcess,
  trajectoryIds: readonly string[],
  municipalities: readonly string[],
  queries: number,
  events: number,
  random: Random,
): Promise<HistoryLatency> {
  const authorization = await api.bearer(['official'], municipalities);
  const ask = async (into: Latencies | null): Promise<void> => {
    const id = random.pick(trajectoryIds);
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/api/v1/advice-trajectories/${id}/history`, {
      headers: { authorization },
    });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`GetTrajectoryHistory answered ${response.status} for ${id}`);
    into?.recordMs(ms);
  };
  // Warm the connection and the API's code paths before measuring.
  for (let i = 0; i < 20; i += 1) await ask(null);
  const measured = new Latencies();
  for (let i = 0; i < queries; i += 1) await ask(measured);
  return { events, p50: measured.percentileMs(50), p99: measured.percentileMs(99), queries: measured.count };
}
