import { Pool, type PoolClient } from 'pg';
import type { EventToAppend, GlobalPosition, RecordedEvent } from '../event-envelope';
import { assertAppendable } from '../append-guard';
import { AppendBatcher } from './append-batcher';
import { appendStatement, throwExtrasRefusal, type AppendExtras } from './append-statement';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors';
import type {
  AllFilter,
  AllSubscription,
  AppendOptions,
  AppendSignal,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { ExpectedRevision } from '../expected-revision';
import { toRecordedEvent, type EventRow } from './event-rows';
import { PostgresAllSubscription } from './postgres-all-subscription';
import { PostgresNotifier } from './postgres-notifier';
import { APPEND_SQL, HEAD_POSITION_SQL, NOTIFY_SQL, READ_ALL_SQL, READ_STREAM_SQL, STREAM_EXISTS_SQL } from './sql';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Pool size; appends scale with connections up to the machine's cores times a few. */
  readonly maxConnections?: number;
  readonly pollIntervalMs?: number;
  readonly subscriptionBatchSize?: number;
  /** Least time between two post-commit notifications; default 5 ms. */
  readonly notifyIntervalMs?: number;
  /**
   * Lone appends on their way at once; those that arrive meanwhile leave together as one
   * transaction (ADR 50). Default 2.
   */
  readonly appendsInFlight?: number;
}

const MAX_READ_BATCH = 10_000;

const NO_EXTRAS: AppendExtras = { newKeys: [], unchanged: [] };

/**
 * Appends run as a named statement: each connection parses and plans it once instead of on
 * every append, which P1 in `bench/README.md` measures as a large share of an append's cost.
 */
const APPEND_STATEMENT = 'es_append';

/**
 * A stream is read by a named statement too: a command reads one or more streams, and parsing
 * and planning took ~90 of a read's ~300 µs on the bench's machine (ADR 0018). Its plan is the
 * stream index whatever the values, even one made while the table was empty.
 */
const READ_STREAM_STATEMENT = 'es_read_stream';

interface AppendRow {
  o_outcome: 'ok' | 'idempotent' | 'duplicate' | 'conflict';
  o_revision: string | null;
  o_position: string | null;
}

type Queryable = Pick<PoolClient, 'query'>;

/**
 * The PostgreSQL adapter: the embedded default and what CI runs. Call
 * `migrateEventStore` before the first use.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly batcher: AppendBatcher;
  private readonly notifier: PostgresNotifier;
  private notifying: Promise<void> | null = null;
  private notifyAgain = false;
  private readonly notifyIntervalMs: number;
  private endPause: (() => void) | null = null;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.pool = new Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
    // Without a listener, a server that goes away takes the whole process with it.
    this.pool.on('error', () => undefined);
    this.batcher = new AppendBatcher(this.pool, options.appendsInFlight ?? 2);
    this.notifier = new PostgresNotifier(options.connectionString);
    this.notifyIntervalMs = options.notifyIntervalMs ?? 5;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    assertAppendable(streamId, events, expected);
    const extras = { newKeys: options.newPersonKeys ?? [], unchanged: options.unchangedStreams ?? [] };
    const [event] = events;
    const lone = events.length === 1 && event && (typeof expected === 'number' || expected === 'no_stream');
    const result =
      (lone
        ? await this.batcher.append({ streamId, event, revision: expected === 'no_stream' ? null : expected, extras })
        : null) ?? (await appendThroughFunction(this.pool, streamId, events, expected, extras));
    this.announceAppend();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const { rows } = await this.pool.query<EventRow>({
      name: READ_STREAM_STATEMENT,
      text: READ_STREAM_SQL,
      values: [streamId, options.fromRevision ?? 0, maxCount],
    });
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const { events } = await this.readAllPage(options.after ?? -1n, options.maxCount, options.filter);
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return new PostgresAllSubscription(
      (after, maxCount, filter) => this.readAllPage(after, maxCount, filter),
      this.notifier,
      { batchSize: this.options.subscriptionBatchSize ?? 500, pollIntervalMs: this.options.pollIntervalMs ?? 250 },
      options.after ?? -1n,
      options.filter,
    );
  }

  /** Word of appends committed to this database, by any process (it LISTENs for them). */
  appendSignal(): AppendSignal {
    return {
      heard: () => this.notifier.heard,
      wait: (since, timeoutMs) => this.notifier.wait(timeoutMs, since),
    };
  }

  async streamExists(streamId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(STREAM_EXISTS_SQL, [streamId]);
    return (rowCount ?? 0) > 0;
  }

  async headPosition(): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ head: string | null }>(HEAD_POSITION_SQL);
    const head = rows[0]?.head;
    return head == null ? null : BigInt(head);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    this.notifyAgain = false;
    this.endPause?.();
    await this.notifying;
    await this.notifier.close();
    await this.pool.end();
  }

  /**
   * Wakes live readers once the append has committed. A NOTIFY inside the append would
   * serialise every writer's commit (PostgreSQL holds a database-wide lock from a notifying
   * transaction's pre-commit until its WAL flush ends), so it is sent afterwards, from a
   * transaction that writes no WAL. Appends that land while one is in flight share the next.
   */
  private announceAppend(): void {
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    const started = performance.now();
    this.notifying = this.pool
      .query(NOTIFY_SQL)
      .then(
        () => undefined,
        // Readers poll as well: a lost wake-up only delays them.
        () => undefined,
      )
      // Under a steady stream of appends, one notification per interval wakes readers as well
      // as one per append would, for a fraction of the transactions; after a quiet spell the
      // first append still notifies at once.
      .then(() => this.pause(started + this.notifyIntervalMs - performance.now()))
      .finally(() => {
        this.notifying = null;
        if (this.notifyAgain) {
          this.notifyAgain = false;
          this.announceAppend();
        }
      });
  }

  /** Waits `ms` between notifications; `close` ends the wait early. */
  private pause(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const end = (): void => {
        clearTimeout(timer);
        this.endPause = null;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.endPause = end;
    });
  }

  private async readAllPage(
    after: bigint,
    maxCount: number,
    filter: AllFilter | undefined,
  ): Promise<{ events: RecordedEvent[]; scannedTo: bigint }> {
    const limit = Math.max(1, Math.min(maxCount, MAX_READ_BATCH));
    // Not a named statement: a plan made for no particular position could read every event
    // after it and sort them, where the plan for the actual values walks the index to the limit.
    const { rows } = await this.pool.query<EventRow & { visible_below: string }>(READ_ALL_SQL, [
      after.toString(),
      limit,
      filter?.streamIdPrefixes ?? [],
      filter?.eventTypePrefixes ?? [],
    ]);
    const events = rows.filter((row) => row.position !== null).map(toRecordedEvent);
    const last = events.at(-1);
    const visibleBelow = BigInt(rows[0]?.visible_below ?? '0');
    const scannedTo = events.length === limit && last ? last.position : visibleBelow - 1n;
    return { events, scannedTo: scannedTo > after ? scannedTo : after };
  }
}

/**
 * Appends through any connection, including one inside a caller's open transaction: the
 * events become visible to readers when that transaction commits, and live subscribers see
 * them at their next poll (this sends no notification).
 */
export async function appendWith(
  db: Queryable,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  assertAppendable(streamId, events, expected);
  return appendThroughFunction(db, streamId, events, expected);
}

/** `es_append`, for an append already checked by `assertAppendable`, with its extras. */
async function appendThroughFunction(
  db: Queryable,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  extras: AppendExtras = NO_EXTRAS,
): Promise<AppendResult> {
  const params = [
    streamId,
    typeof expected === 'number' ? 'exact' : expected,
    typeof expected === 'number' ? expected : null,
    events.map((e) => e.eventId),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ];
  const { rows } = await db
    .query<AppendRow>(appendStatement(APPEND_STATEMENT, APPEND_SQL, params, extras, "appended.o_outcome = 'ok'"))
    .catch((error: unknown) => {
      throwExtrasRefusal(error, streamId);
      throw error;
    });
  return toAppendResult(rows[0] as AppendRow, streamId, events, expected);
}

function toAppendResult(
  row: AppendRow,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): AppendResult {
  switch (row.o_outcome) {
    case 'ok':
    case 'idempotent':
      return { nextExpectedRevision: Number(row.o_revision), position: BigInt(row.o_position ?? '0') };
    case 'conflict':
      throw new WrongExpectedRevisionError(streamId, expected, row.o_revision === null ? null : Number(row.o_revision));
    case 'duplicate':
      throw new DuplicateEventIdError(
        streamId,
        events.map((e) => e.eventId),
      );
    default: {
      const unknown: never = row.o_outcome;
      throw new Error(`Unknown append outcome ${String(unknown)}`);
    }
  }
}
