import { generateKeyPairSync } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { Checkpointer, EvidenceLog, FolderCheckpointSink, KeyObjectSigner } from '#evidence';

export interface CheckpointerJob {
  readonly url: string;
  readonly dir: string;
  readonly seconds: number;
}

/**
 * P7's checkpointer on a thread of its own, as the API runs it on its projector thread. Once it
 * has loaded, connected, caught up and signed, it says `ready` (a projector's thread has done all
 * that long before: none of it belongs in the round); then it catches up and signs every second
 * for `seconds` and answers how many checkpoints it signed in that time.
 */
async function main(): Promise<void> {
  const { url, dir, seconds } = workerData as CheckpointerJob;
  const store = new PostgresEventStore({ connectionString: url, maxConnections: 2 });
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const checkpointer = new Checkpointer({
    log: new EvidenceLog(store, pool),
    signer: new KeyObjectSigner(generateKeyPairSync('ed25519').privateKey),
    sink: new FolderCheckpointSink(dir),
  });
  let checkpoints = 0;
  await checkpointer.checkpoint();
  parentPort?.postMessage('ready');
  const until = performance.now() + seconds * 1000;
  try {
    while (performance.now() < until) {
      if (await checkpointer.checkpoint()) checkpoints += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    await store.close();
    await pool.end();
  }
  parentPort?.postMessage(checkpoints);
}

void main();
