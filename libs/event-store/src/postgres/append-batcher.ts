import type { Pool } from 'pg';
import type { AppendResult } from '../event-store.port';
import type { EventToAppend } from '../event-envelope';
import { appendAlone } from './append-alone';
import { appendStatement, UNIQUE_VIOLATION, type AppendExtras } from './append-statement';
import { STREAM_CHANGED_SQLSTATE } from './migrations/1766700000000-unchanged-streams';
import { APPEND_BATCH_SQL } from './sql';

/** One event for one stream, at a known revision or (`null`) to a new stream: what `appendAlone` writes. */
export interface LoneAppend {
  readonly streamId: string;
  readonly event: EventToAppend;
  readonly revision: number | null;
  readonly extras: AppendExtras;
}

interface Waiting {
  readonly append: LoneAppend;
  readonly resolve: (result: AppendResult | null) => void;
  readonly reject: (error: unknown) => void;
}

interface BatchRow {
  o_stream_id: string;
  o_revision: string;
  o_position: string;
}

/** The whole batch was refused for one of its members; each then runs alone for its own answer. */
const MEMBER_REFUSALS = new Set([UNIQUE_VIOLATION, STREAM_CHANGED_SQLSTATE]);

/**
 * Lone appends as the lone append writes them while fewer than `inFlight` are on their way;
 * those that arrive meanwhile wait and leave together as one statement and one transaction
 * when a slot frees (ADR 50). Under load that is one round trip, one commit and one `writev`
 * for many commands, where each cost as much as the rest of a command on the bench's machine;
 * at rest nothing waits. Answers as `appendAlone` does: `null` when the store must judge the
 * append through `es_append`.
 */
export class AppendBatcher {
  private readonly waiting: Waiting[] = [];
  private sending = 0;

  constructor(
    private readonly pool: Pool,
    private readonly inFlight: number,
    private readonly maxBatch = 256,
  ) {}

  append(append: LoneAppend): Promise<AppendResult | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.send();
    });
  }

  private send(): void {
    while (this.sending < this.inFlight && this.waiting.length > 0) {
      const batch = this.takeBatch();
      this.sending += 1;
      void this.write(batch).finally(() => {
        this.sending -= 1;
        this.send();
      });
    }
  }

  /**
   * The oldest waiting appends that may share a transaction: no two write one stream, and none
   * writes a stream another's decision read (its check would not see the other's write). The
   * rest keep their order for the next batch.
   */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const written = new Set<string>();
    const read = new Set<string>();
    const later: Waiting[] = [];
    for (const waiting of this.waiting) {
      const { streamId, extras } = waiting.append;
      const reads = extras.unchanged.map((s) => s.streamId);
      const fits =
        batch.length < this.maxBatch &&
        !written.has(streamId) &&
        !read.has(streamId) &&
        !reads.some((id) => written.has(id));
      if (!fits) {
        later.push(waiting);
        continue;
      }
      batch.push(waiting);
      written.add(streamId);
      for (const id of reads) read.add(id);
    }
    this.waiting.splice(0, this.waiting.length, ...later);
    return batch;
  }

  private async write(batch: readonly Waiting[]): Promise<void> {
    if (batch.length === 1) return this.writeAlone(batch[0] as Waiting);
    let statement: ReturnType<typeof batchStatement>;
    try {
      statement = batchStatement(batch.map((w) => w.append));
    } catch {
      // One member's data that will not serialise is that member's failure alone.
      await Promise.all(batch.map((waiting) => this.writeAlone(waiting)));
      return;
    }
    try {
      const { rows } = await this.pool.query<BatchRow>(statement);
      const written = new Map(rows.map((row) => [row.o_stream_id, row]));
      for (const waiting of batch) {
        const row = written.get(waiting.append.streamId);
        waiting.resolve(
          row ? { nextExpectedRevision: Number(row.o_revision), position: BigInt(row.o_position) } : null,
        );
      }
    } catch (error) {
      if (!MEMBER_REFUSALS.has(String((error as { code?: unknown }).code))) {
        for (const waiting of batch) waiting.reject(error);
        return;
      }
      await Promise.all(batch.map((waiting) => this.writeAlone(waiting)));
    }
  }

  private writeAlone(waiting: Waiting): Promise<void> {
    const { streamId, event, revision, extras } = waiting.append;
    return appendAlone(this.pool, streamId, [event], revision ?? 'no_stream', extras).then(
      waiting.resolve,
      waiting.reject,
    );
  }
}

/** The batch's arrays, one element per append, with every member's extras in the same statement. */
function batchStatement(appends: readonly LoneAppend[]): ReturnType<typeof appendStatement> {
  const values = [
    appends.map((a) => a.streamId),
    appends.map((a) => a.revision),
    appends.map((a) => a.event.eventId),
    appends.map((a) => a.event.type),
    appends.map((a) => JSON.stringify(a.event.data)),
    appends.map((a) => JSON.stringify(a.event.metadata)),
  ];
  const extras: AppendExtras = {
    newKeys: appends.flatMap((a) => a.extras.newKeys),
    unchanged: appends.flatMap((a) => a.extras.unchanged),
  };
  return appendStatement('es_append_batch', APPEND_BATCH_SQL, values, extras);
}
