import type { AllStreamResolvedEvent, AllStreamSubscription } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-envelope';
import type { AllSubscription, SubscribeToAllOptions } from '../event-store.port';
import type { EventStoreDbClient } from './eventstoredb-connection';
import { toDeliverableEvent } from './eventstoredb-delivery';
import { toServerFilter } from './eventstoredb-filters';
import { toReadPosition } from './eventstoredb-positions';

const CLOSED = Symbol('closed');

/**
 * A catch-up subscription to `$all` on the server: it reads stored events from the
 * checkpoint, then stays open for new ones. The server filters; this class drops what the
 * server could not (system events, the second prefix list, the inclusive start).
 *
 * The server opens the subscription only when iteration begins. `close()` cancels it at
 * once, also while the iteration waits for the next event, and ends that iteration.
 */
export class EventStoreDbAllSubscription implements AllSubscription {
  private closed = false;
  private iterating = false;
  private source: AllStreamSubscription | undefined;
  private released: Promise<void> | undefined;
  /** Ends the wait for the next event; set only while the iteration waits. */
  private interrupt: (() => void) | undefined;

  constructor(
    private readonly client: Pick<EventStoreDbClient, 'subscribeToAll'>,
    private readonly options: SubscribeToAllOptions,
    /** Called once the subscription holds nothing on the server any more (may be called twice). */
    private readonly onReleased: () => void = () => undefined,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterating) throw new Error('A subscription can be iterated only once');
    this.iterating = true;
    return this.events();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.interrupt?.();
    await this.release();
    this.onReleased();
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    if (this.closed) return;
    const { after, filter } = this.options;
    const source = this.client.subscribeToAll({ fromPosition: toReadPosition(after), filter: toServerFilter(filter) });
    this.source = source;
    const iterator = source[Symbol.asyncIterator]();
    try {
      while (!this.closed) {
        const next = await this.nextOrClosed(iterator);
        if (next === CLOSED || next.done) return;
        const event = toDeliverableEvent(next.value, this.options.after, this.options.filter);
        if (event) yield event;
      }
    } finally {
      await this.release();
      this.onReleased();
    }
  }

  /**
   * The next event, or {@link CLOSED} as soon as `close()` is called: a cancelled gRPC call
   * never ends the client's stream, so waiting for the stream alone could wait forever. A
   * fresh promise per event, rather than a race against one long-lived "closed" promise,
   * keeps a long subscription from piling up reactions on that promise.
   */
  private nextOrClosed(
    iterator: AsyncIterator<AllStreamResolvedEvent>,
  ): Promise<IteratorResult<AllStreamResolvedEvent> | typeof CLOSED> {
    const next = new Promise<IteratorResult<AllStreamResolvedEvent> | typeof CLOSED>((resolve, reject) => {
      this.interrupt = () => resolve(CLOSED);
      iterator.next().then(resolve, reject);
    });
    return next.finally(() => {
      this.interrupt = undefined;
    });
  }

  private release(): Promise<void> {
    const source = this.source;
    if (!source) return Promise.resolve();
    this.released ??= (async () => {
      // The client reports a dropped connection as an 'error' event; with no reader left,
      // an unheard 'error' would crash the process.
      source.on('error', () => undefined);
      await source.unsubscribe().catch(() => undefined);
      source.destroy();
    })();
    return this.released;
  }
}
