import {
  ForwardingEventStore,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
} from '#event-store';
import type { Metrics } from './metrics';

/** The same event store with every append timed, by adapter and outcome. */
export class TimedEventStore extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly adapter: string,
    private readonly metrics: Metrics,
  ) {
    super(inner);
  }

  override async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const stop = this.metrics.appendDuration.startTimer({ adapter: this.adapter });
    try {
      const result = await this.inner.appendToStream(streamId, events, options);
      stop({ outcome: 'ok' });
      return result;
    } catch (error) {
      stop({ outcome: error instanceof WrongExpectedRevisionError ? 'conflict' : 'error' });
      throw error;
    }
  }
}
