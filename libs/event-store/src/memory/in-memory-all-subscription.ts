import { passesFilter } from '../all-filter';
import type { RecordedEvent } from '../event-envelope';
import type { AllFilter, AllSubscription } from '../event-store.port';
import { copyOf, indexAfter, type InMemoryLog } from './in-memory-log';

/** Catch-up-then-live reader of an in-memory `$all`: walks the log, then waits for an append. */
export class InMemoryAllSubscription implements AllSubscription {
  private closed = false;
  private iterating = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly log: InMemoryLog,
    private readonly after: bigint | undefined,
    private readonly filter: AllFilter | undefined,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterating) throw new Error('A subscription can be iterated only once');
    this.iterating = true;
    return this.events();
  }

  close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    return Promise.resolve();
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    let next = indexAfter(this.after);
    while (!this.closed) {
      const event = this.log.all[next];
      if (!event) {
        await this.nextAppend();
        continue;
      }
      next += 1;
      if (passesFilter(event, this.filter)) yield copyOf(event);
    }
  }

  private nextAppend(): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        this.log.waiting.delete(wake);
        this.wake = null;
        resolve();
      };
      this.wake = wake;
      this.log.waiting.add(wake);
    });
  }
}
