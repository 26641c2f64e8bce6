import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';

/** The store keys an event's position by the id of the transaction that wrote it (ADR 2). */
const POSITIONS_PER_TRANSACTION = 1n << 20n;

/**
 * The server's transaction ids are behind the stored positions: the database was restored
 * logically (pg_dump / pg_restore) into a cluster younger than the one that wrote it. New
 * events would take positions below stored ones, and readers of `$all` would skip them.
 */
export class TransactionCounterBehindError extends Error {
  constructor(
    readonly nextTransactionId: bigint,
    readonly lastTransactionId: bigint,
  ) {
    super(
      `Refusing to serve: the PostgreSQL server's next transaction id (${nextTransactionId}) is not past the ` +
        `transaction that wrote the last stored event (${lastTransactionId}). The database was probably restored ` +
        'with pg_dump/pg_restore into another, younger cluster. Advance the transaction counter past ' +
        `${lastTransactionId} first (docs/operations.md, "Restoring a backup"), or restore a file-level backup.`,
    );
    this.name = 'TransactionCounterBehindError';
  }
}

/** The store holds fewer events than a signed checkpoint covered: history was rolled back. */
export class StoreBehindCheckpointError extends Error {
  constructor(
    readonly checkpoint: LatestCheckpoint,
    readonly storedEvents: number,
    detail: string,
  ) {
    super(
      `Refusing to serve: the event store is behind its last evidence checkpoint (${checkpoint.treeSize} events, ` +
        `signed ${checkpoint.time}); ${detail}. A backup older than the checkpoint was restored, or events were ` +
        'removed. Restore the newest backup, or follow docs/operations.md, "Restoring a backup".',
    );
    this.name = 'StoreBehindCheckpointError';
  }
}

/** What the start needs of the newest signed checkpoint (the evidence log writes them, ADR 30). */
export interface LatestCheckpoint {
  /** How many events of `$all`, from the first, the checkpoint covers. */
  readonly treeSize: number;
  /** Position of the last of them, `null` for an empty tree. */
  readonly lastPosition: string | null;
  readonly time: string;
}

/** Where the newest checkpoint is found: a folder on the embedded default, object storage elsewhere. */
export interface LatestCheckpointSource {
  latest(): Promise<LatestCheckpoint | null>;
}

/**
 * The checkpoints the evidence log writes into a folder, one `checkpoint-<size>-<time>.json`
 * each, named so the newest sorts last. Only what the start compares is read; verifying the
 * signature is the verifier's work.
 */
export class FolderCheckpointSource implements LatestCheckpointSource {
  constructor(private readonly folder: string) {}

  async latest(): Promise<LatestCheckpoint | null> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const newest = names
      .filter((n) => n.startsWith('checkpoint-') && n.endsWith('.json'))
      .sort()
      .at(-1);
    if (newest === undefined) return null;
    const signed = JSON.parse(await readFile(join(this.folder, newest), 'utf8')) as { checkpoint?: LatestCheckpoint };
    const checkpoint = signed.checkpoint;
    if (!checkpoint || !Number.isInteger(checkpoint.treeSize)) {
      throw new Error(`The evidence checkpoint ${join(this.folder, newest)} cannot be read`);
    }
    return checkpoint;
  }
}

/**
 * Refuses to serve after a logical restore into a younger cluster: the next transaction id
 * must be past the one that wrote the last stored event. `pg_current_snapshot()` answers
 * without taking a transaction id itself.
 */
export async function checkTransactionCounter(database: Pool): Promise<void> {
  const { rows } = await database.query<{ last: string | null; next: string }>(
    `SELECT (SELECT max(position) FROM es_events)::text AS last,
            pg_snapshot_xmax(pg_current_snapshot())::text AS next`,
  );
  const last = rows[0]?.last;
  if (last === null || last === undefined) return;
  const lastTransaction = BigInt(last) / POSITIONS_PER_TRANSACTION;
  const next = BigInt(rows[0]?.next ?? '0');
  if (next <= lastTransaction) throw new TransactionCounterBehindError(next, lastTransaction);
}

/**
 * Refuses to serve a store that holds fewer events than its newest signed checkpoint covers,
 * or no longer holds the checkpoint's last event: a rollback (an old backup restored).
 */
export async function checkNotBehindCheckpoint(database: Pool, source: LatestCheckpointSource): Promise<void> {
  const checkpoint = await source.latest();
  if (checkpoint === null || checkpoint.treeSize === 0) return;
  const { rows } = await database.query<{ events: string; has_last: boolean }>(
    `SELECT (SELECT count(*) FROM es_events)::text AS events,
            ($1::bigint IS NULL OR EXISTS (SELECT FROM es_events WHERE position = $1::bigint)) AS has_last`,
    [checkpoint.lastPosition],
  );
  const events = Number(rows[0]?.events ?? 0);
  if (events < checkpoint.treeSize) {
    throw new StoreBehindCheckpointError(checkpoint, events, `the store holds ${events}`);
  }
  if (!rows[0]?.has_last) {
    throw new StoreBehindCheckpointError(
      checkpoint,
      events,
      `its last event (position ${checkpoint.lastPosition ?? ''}) is missing`,
    );
  }
}
