import type { RecordedEvent } from '../event-envelope';
import type { AllFilter, AllSubscription } from '../event-store.port';
import type { PostgresNotifier } from './postgres-notifier';

/** Reads one page of `$all` after a checkpoint; see `PostgresEventStore.readAllPage`. */
export type ReadPage = (
  after: bigint,
  maxCount: number,
  filter: AllFilter | undefined,
) => Promise<{ events: RecordedEvent[]; scannedTo: bigint }>;

export interface SubscriptionSettings {
  readonly batchSize: number;
  /** Longest wait for a notification before polling anyway. */
  readonly pollIntervalMs: number;
}

/** Catch-up-then-live reader of `$all`: pages until caught up, then waits to be woken. */
export class PostgresAllSubscription implements AllSubscription {
  private closed = false;
  private iterating = false;

  constructor(
    private readonly readPage: ReadPage,
    private readonly notifier: PostgresNotifier,
    private readonly settings: SubscriptionSettings,
    private readonly after: bigint,
    private readonly filter: AllFilter | undefined,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterating) throw new Error('A subscription can be iterated only once');
    this.iterating = true;
    return this.events();
  }

  close(): Promise<void> {
    this.closed = true;
    this.notifier.wakeAll();
    return Promise.resolve();
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    let checkpoint = this.after;
    while (!this.closed) {
      const { events, scannedTo } = await this.readPage(checkpoint, this.settings.batchSize, this.filter);
      for (const event of events) {
        if (this.closed) return;
        yield event;
      }
      if (scannedTo > checkpoint) checkpoint = scannedTo;
      if (events.length < this.settings.batchSize && !this.closed) {
        await this.notifier.wait(this.settings.pollIntervalMs);
      }
    }
  }
}
