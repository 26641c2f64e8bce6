import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { Metrics } from './metrics';

/**
 * The same event store with every append timed. A proxy rather than a class, so methods the
 * port gains later pass through untouched.
 */
export function timedEventStore(store: EventStore, adapter: string, metrics: Metrics): EventStore {
  const appendToStream: EventStore['appendToStream'] = async (...args) => {
    const stop = metrics.appendDuration.startTimer({ adapter });
    try {
      const result = await store.appendToStream(...args);
      stop({ outcome: 'ok' });
      return result;
    } catch (error) {
      stop({ outcome: error instanceof WrongExpectedRevisionError ? 'conflict' : 'error' });
      throw error;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'appendToStream') return appendToStream;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
