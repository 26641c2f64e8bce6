import { PassThrough } from 'node:stream';
import {
  streamNameFilter,
  UnavailableError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-envelope';
import type { SubscribeToAllOptions } from '../event-store.port';
import { EventStoreDbAllSubscription } from './eventstoredb-all-subscription';
import type { EventStoreDbClient } from './eventstoredb-connection';
import { linkEvent, storedEvent } from './eventstoredb-test-events';

/** A server subscription that delivers what the spec pushes and, like gRPC, does not end when cancelled. */
function serverSubscription() {
  const stream = new PassThrough({ objectMode: true });
  const unsubscribe = jest.fn(() => Promise.resolve());
  const source = Object.assign(stream, { unsubscribe }) as unknown as AllStreamSubscription;
  const subscribeToAll = jest.fn(() => source);
  const client = { subscribeToAll } as unknown as Pick<EventStoreDbClient, 'subscribeToAll'>;
  return {
    client,
    subscribeToAll,
    unsubscribe,
    push: (...events: AllStreamResolvedEvent[]) => events.forEach((e) => stream.write(e)),
    fail: (error: Error) => stream.destroy(error),
  };
}

async function take(subscription: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for await (const event of subscription) {
    taken.push(event);
    if (taken.length === count) break;
  }
  return taken;
}

const ADVICE_STREAMS: SubscribeToAllOptions = { after: 100n, filter: { streamIdPrefixes: ['advice-trajectory-'] } };

describe('subscribing to $all on EventStoreDB', () => {
  it('opens the server subscription at the checkpoint with the server-side filter once iteration begins', async () => {
    const server = serverSubscription();
    const subscription = new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS);
    expect(server.subscribeToAll).not.toHaveBeenCalled();
    server.push(storedEvent({ commit: 200n }));
    await take(subscription, 1);
    expect(server.subscribeToAll).toHaveBeenCalledWith({
      fromPosition: { commit: 100n, prepare: 100n },
      filter: streamNameFilter({ prefixes: ['advice-trajectory-'] }),
    });
  });

  it('delivers the events strictly after the checkpoint and leaves out system events', async () => {
    const server = serverSubscription();
    server.push(storedEvent({ commit: 100n }), linkEvent(150n), storedEvent({ commit: 200n, revision: 1n }));
    const events = await take(new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS), 1);
    expect(events.map((e) => e.position)).toEqual([200n]);
  });

  it('applies on the client the event type prefixes the server could not take', async () => {
    const server = serverSubscription();
    server.push(
      storedEvent({ commit: 200n, type: 'AdviceIssued' }),
      storedEvent({ commit: 300n, type: 'SignalLinked' }),
    );
    const options = { filter: { streamIdPrefixes: ['advice-trajectory-'], eventTypePrefixes: ['Signal'] } };
    const events = await take(new EventStoreDbAllSubscription(server.client, options), 1);
    expect(events.map((e) => e.type)).toEqual(['SignalLinked']);
  });

  it('ends an iteration that waits for the next event when closed, and cancels the server subscription', async () => {
    const server = serverSubscription();
    const subscription = new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS);
    const iteration = take(subscription, 1);
    await new Promise((resolve) => setImmediate(resolve));
    await subscription.close();
    await expect(iteration).resolves.toEqual([]);
    expect(server.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('never subscribes when closed before iteration begins', async () => {
    const server = serverSubscription();
    const subscription = new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS);
    await subscription.close();
    await expect(take(subscription, 1)).resolves.toEqual([]);
    expect(server.subscribeToAll).not.toHaveBeenCalled();
  });

  it('cancels the server subscription when the reader stops early', async () => {
    const server = serverSubscription();
    server.push(storedEvent({ commit: 200n }), storedEvent({ commit: 300n, revision: 1n }));
    await take(new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS), 1);
    expect(server.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('rethrows a failure of the server subscription to the reader', async () => {
    const server = serverSubscription();
    const iteration = take(new EventStoreDbAllSubscription(server.client, ADVICE_STREAMS), 1);
    await new Promise((resolve) => setImmediate(resolve));
    server.fail(new UnavailableError());
    await expect(iteration).rejects.toBeInstanceOf(UnavailableError);
  });

  it('can be iterated only once', () => {
    const subscription = new EventStoreDbAllSubscription(serverSubscription().client, ADVICE_STREAMS);
    subscription[Symbol.asyncIterator]();
    expect(() => subscription[Symbol.asyncIterator]()).toThrow(/only once/);
  });
});
