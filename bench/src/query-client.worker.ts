import { parentPort, workerData } from 'node:worker_threads';

export interface HistoryClientJob {
  readonly baseUrl: string;
  readonly authorization: string;
  readonly warmUp: readonly string[];
  /** Trajectories asked for, in this order, one at a time. */
  readonly measured: readonly string[];
}

/** Asks for each trajectory's history in turn and answers the latencies in milliseconds. */
async function main(): Promise<void> {
  const job = workerData as HistoryClientJob;
  const ask = async (id: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${job.baseUrl}/api/v1/advice-trajectories/${id}/history`, {
      headers: { authorization: job.authorization },
    });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`GetTrajectoryHistory answered ${response.status} for ${id}`);
    return ms;
  };
  for (const id of job.warmUp) await ask(id);
  const latencies: number[] = [];
  for (const id of job.measured) latencies.push(await ask(id));
  parentPort?.postMessage(latencies);
}

// A failed request rejects, which ends the worker with an 'error' the caller hears of.
void main();
