import { generateKeyPairSync } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { Checkpointer, EvidenceLog, FolderCheckpointSink, KeyObjectSigner } from '#evidence';
import { backendCpuMs, backendCpuSpent, cpuMsOf } from './cpu-time';

export interface CheckpointerJob {
  readonly url: string;
  readonly dir: string;
  readonly seconds: number;
}

/** What the checkpointer did in its round, and the CPU it cost: its thread's and its backends'. */
export interface CheckpointerRound {
  readonly checkpoints: number;
  /** Leaves it added to the tree in the round. */
  readonly events: number;
  /** CPU ms of the checkpointer's thread in the round; `null` off Linux. */
  readonly threadMs: number | null;
  /** CPU ms of the PostgreSQL backends reading `$all` for it in the round. */
  readonly readsMs: number;
  /** CPU ms of the PostgreSQL backends writing its tree and checkpoints in the round. */
  readonly treeMs: number;
}

/** The names its connections carry, so its backends can be told from the writers' (and apart). */
const READS = 'p7-checkpointer-reads';
const TREE = 'p7-checkpointer-tree';

function named(url: string, applicationName: string): string {
  const withName = new URL(url);
  withName.searchParams.set('application_name', applicationName);
  return withName.toString();
}

/**
 * P7's checkpointer on a thread of its own, as the API runs it on its projector thread. Once it
 * has loaded, connected, caught up and signed, it says `ready` (a projector's thread has done all
 * that long before: none of it belongs in the round); then it catches up and signs every second
 * for `seconds` and answers a {@link CheckpointerRound}.
 */
async function main(): Promise<void> {
  const { url, dir, seconds } = workerData as CheckpointerJob;
  const store = new PostgresEventStore({ connectionString: named(url, READS), maxConnections: 2 });
  const pool = new Pool({ connectionString: named(url, TREE), max: 2 });
  pool.on('error', () => undefined);
  const log = new EvidenceLog(store, pool);
  const checkpointer = new Checkpointer({
    log,
    signer: new KeyObjectSigner(generateKeyPairSync('ed25519').privateKey),
    sink: new FolderCheckpointSink(dir),
  });
  let checkpoints = 0;
  await checkpointer.checkpoint();
  const sizeBefore = (await log.state()).treeSize;
  const readsBefore = await backendCpuMs(pool, READS);
  const treeBefore = await backendCpuMs(pool, TREE);
  const threadBefore = cpuMsOf('thread-self');
  parentPort?.postMessage('ready');
  const until = performance.now() + seconds * 1000;
  let round: CheckpointerRound;
  try {
    while (performance.now() < until) {
      if (await checkpointer.checkpoint()) checkpoints += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const threadAfter = cpuMsOf('thread-self');
    round = {
      checkpoints,
      events: (await log.state()).treeSize - sizeBefore,
      threadMs: threadBefore === null || threadAfter === null ? null : threadAfter - threadBefore,
      readsMs: backendCpuSpent(readsBefore, await backendCpuMs(pool, READS)),
      treeMs: backendCpuSpent(treeBefore, await backendCpuMs(pool, TREE)),
    };
  } finally {
    await store.close();
    await pool.end();
  }
  parentPort?.postMessage(round);
}

void main();
