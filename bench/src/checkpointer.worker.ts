import { generateKeyPairSync } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import { SharedAllReads, type EventStore, type GlobalPosition } from '#event-store';
import { PostgresEventStore } from '#event-store/postgres';
import { Checkpointer, EvidenceLog, FolderCheckpointSink, KeyObjectSigner } from '#evidence';
import { backendCpuMs, backendCpuSpent, cpuMsOf } from './cpu-time';

export interface CheckpointerJob {
  readonly url: string;
  readonly dir: string;
  readonly seconds: number;
  /** Whether the checkpointer runs beside the follower of `$all`, or the follower alone. */
  readonly evidence: boolean;
}

/** What the checkpointer did in its round, and the CPU it cost: its thread's and its backends'. */
export interface CheckpointerRound {
  readonly evidence: boolean;
  readonly checkpoints: number;
  /** Leaves it added to the tree in the round. */
  readonly events: number;
  /** CPU ms of the thread in the round (the follower's, and the checkpointer's when it ran); `null` off Linux. */
  readonly threadMs: number | null;
  /** CPU ms of the PostgreSQL backends reading `$all` for the thread in the round. */
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

/** As the projector's runner does at the head: a batch of at most 1,000, then 10 ms to gather after a short one. */
const FOLLOWER_BATCH = 1_000;
const FOLLOWER_GATHER_MS = 10;

/**
 * The read of `$all` the projector thread makes in every API process, whether evidence is kept
 * or not: the events after where it stood, in batches, until `stopped`. Only the read: what
 * the read models do with it is the same with and without the checkpointer, and left out.
 */
async function follow(store: EventStore, from: GlobalPosition | null, stopped: () => boolean): Promise<void> {
  let after = from;
  while (!stopped()) {
    const events = await store.readAll({ ...(after === null ? {} : { after }), maxCount: FOLLOWER_BATCH });
    after = events.at(-1)?.position ?? after;
    if (events.length < FOLLOWER_BATCH) await new Promise((resolve) => setTimeout(resolve, FOLLOWER_GATHER_MS));
  }
}

/**
 * P7's thread, as the API's projector thread: a follower of `$all` in every round and, when
 * `evidence`, the checkpointer beside it, both reading through one {@link SharedAllReads} as
 * the projector thread's followers do (ADR 0051). Once it has loaded, connected, caught up and
 * signed, it says `ready` (a projector's thread has done all that long before: none of it
 * belongs in the round); then the follower follows and the checkpointer catches up and signs
 * every second for `seconds`, and it answers a {@link CheckpointerRound}.
 */
async function main(): Promise<void> {
  const { url, dir, seconds, evidence } = workerData as CheckpointerJob;
  const plain = new PostgresEventStore({ connectionString: named(url, READS), maxConnections: 2 });
  const store = new SharedAllReads(plain);
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
  const head = await plain.headPosition();
  const readsBefore = await backendCpuMs(pool, READS);
  const treeBefore = await backendCpuMs(pool, TREE);
  const threadBefore = cpuMsOf('thread-self');
  parentPort?.postMessage('ready');
  const until = performance.now() + seconds * 1000;
  const over = (): boolean => performance.now() >= until;
  let round: CheckpointerRound;
  try {
    const following = follow(store, head, over);
    while (evidence && !over()) {
      if (await checkpointer.checkpoint()) checkpoints += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await following;
    const threadAfter = cpuMsOf('thread-self');
    round = {
      evidence,
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
