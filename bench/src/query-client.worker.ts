import { parentPort, workerData } from 'node:worker_threads';

export interface QueryClientJob {
  readonly baseUrl: string;
  readonly authorization: string;
  /** Paths (with their query strings) asked before measuring. */
  readonly warmUp: readonly string[];
  /** Paths asked, in this order, one at a time. */
  readonly measured: readonly string[];
  /** Read the answer's `total` (a list's row count), after the clock stops: a list that finds nothing measures nothing. */
  readonly readTotals: boolean;
}

export interface QueryAnswer {
  readonly ms: number;
  /** The list's `total`; null unless the job reads totals. */
  readonly total: number | null;
}

/** Asks each path in turn and answers the latencies in milliseconds (with the lists' totals). */
async function main(): Promise<void> {
  const job = workerData as QueryClientJob;
  const ask = async (path: string): Promise<QueryAnswer> => {
    const started = performance.now();
    const response = await fetch(`${job.baseUrl}${path}`, { headers: { authorization: job.authorization } });
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return { ms, total: job.readTotals ? totalOf(body) : null };
  };
  for (const path of job.warmUp) await ask(path);
  const answers: QueryAnswer[] = [];
  for (const path of job.measured) answers.push(await ask(path));
  parentPort?.postMessage(answers);
}

function totalOf(body: ArrayBuffer): number {
  const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
  const total = typeof parsed === 'object' && parsed !== null ? (parsed as { total?: unknown }).total : undefined;
  if (typeof total !== 'number') throw new Error('a list answered without a numeric total');
  return total;
}

// A failed request rejects, which ends the worker with an 'error' the caller hears of.
void main();
