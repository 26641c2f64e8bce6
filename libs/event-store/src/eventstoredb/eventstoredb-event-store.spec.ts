import {
  excludeSystemEvents,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as ClientAppendResult,
} from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, InvalidAppendError, WrongExpectedRevisionError } from '../event-store.errors';
import type { EventStoreDbClient } from './eventstoredb-connection';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { ADVICE_ISSUED, SIGNAL_RECORDED, linkEvent, storedEvent } from './eventstoredb-test-events';

const STREAM = 'advice-trajectory-4f1e';

/** Reads that answer the given events, in order, one read after another. */
function answers(...reads: AllStreamResolvedEvent[][]) {
  const remaining = [...reads];
  return jest.fn(() => results(remaining.shift() ?? []));
}

async function* results(events: readonly AllStreamResolvedEvent[]): AsyncGenerator<AllStreamResolvedEvent> {
  for (const event of events) yield await Promise.resolve(event);
}

async function* failing(error: Error): AsyncGenerator<AllStreamResolvedEvent> {
  yield* [];
  await Promise.resolve();
  throw error;
}

async function* silent(): AsyncGenerator<AllStreamResolvedEvent> {
  yield* [];
  await new Promise(() => undefined);
}

function storeWith(client: Partial<Record<keyof EventStoreDbClient, jest.Mock>>, pingTimeoutMs?: number) {
  return new EventStoreDbEventStore(client as unknown as EventStoreDbClient, { pingTimeoutMs });
}

function written(nextExpectedRevision: bigint, commit?: bigint): ClientAppendResult {
  return {
    success: true,
    nextExpectedRevision,
    position: commit === undefined ? undefined : { commit, prepare: commit },
  };
}

describe('appending to a stream on EventStoreDB', () => {
  it('sends the events under their own ids with the expected revision, and answers revision and commit position', async () => {
    const appendToStream = jest.fn().mockResolvedValue(written(1n, 5_000n));
    const result = await storeWith({ appendToStream }).appendToStream(STREAM, [ADVICE_ISSUED, SIGNAL_RECORDED], {
      expectedRevision: 'no_stream',
    });
    expect(result).toEqual({ nextExpectedRevision: 1, position: 5_000n });
    expect(appendToStream).toHaveBeenCalledWith(
      STREAM,
      [
        expect.objectContaining({ id: ADVICE_ISSUED.eventId }),
        expect.objectContaining({ id: SIGNAL_RECORDED.eventId }),
      ],
      { streamState: 'no_stream' },
    );
  });

  it('appends with expected revision any when none is given', async () => {
    const appendToStream = jest.fn().mockResolvedValue(written(0n, 10n));
    await storeWith({ appendToStream }).appendToStream(STREAM, [ADVICE_ISSUED]);
    expect(appendToStream).toHaveBeenCalledWith(STREAM, expect.any(Array), { streamState: 'any' });
  });

  it("answers a repeated append with the first append's position, read back from the stream", async () => {
    const appendToStream = jest.fn().mockResolvedValue(written(1n));
    const readStream = answers([storedEvent({ id: SIGNAL_RECORDED.eventId, revision: 1n, commit: 4_000n })]);
    const result = await storeWith({ appendToStream, readStream }).appendToStream(STREAM, [
      ADVICE_ISSUED,
      SIGNAL_RECORDED,
    ]);
    expect(result).toEqual({ nextExpectedRevision: 1, position: 4_000n });
    expect(readStream).toHaveBeenCalledWith(STREAM, { fromRevision: 1n, maxCount: 1, requiresLeader: true });
  });

  it('fails when the read back finds another event where the server placed the append', async () => {
    const appendToStream = jest.fn().mockResolvedValue(written(1n));
    const readStream = answers([storedEvent({ id: ADVICE_ISSUED.eventId, revision: 1n, commit: 4_000n })]);
    const append = storeWith({ appendToStream, readStream }).appendToStream(STREAM, [SIGNAL_RECORDED]);
    await expect(append).rejects.toThrow(/is not at revision 1/);
  });

  it('turns a refused expected revision into WrongExpectedRevisionError', async () => {
    const refusal = new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 0n, current: 2n });
    const appendToStream = jest.fn().mockRejectedValue(refusal);
    const append = storeWith({ appendToStream }).appendToStream(STREAM, [ADVICE_ISSUED], { expectedRevision: 0 });
    await expect(append).rejects.toEqual(new WrongExpectedRevisionError(STREAM, 0, 2));
  });

  it('turns a refusal the client answered instead of throwing into ours', async () => {
    const appendToStream = jest.fn().mockResolvedValue({ success: false, nextExpectedRevision: -1n });
    const append = storeWith({ appendToStream }).appendToStream(STREAM, [ADVICE_ISSUED], { expectedRevision: 3 });
    await expect(append).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: null });
  });

  it('reports a partly stored batch appended with any as duplicate event ids', async () => {
    const refusal = new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 'any', current: 4n });
    const appendToStream = jest.fn().mockRejectedValue(refusal);
    await expect(storeWith({ appendToStream }).appendToStream(STREAM, [ADVICE_ISSUED])).rejects.toBeInstanceOf(
      DuplicateEventIdError,
    );
  });

  it('refuses an empty append without contacting the server', async () => {
    const appendToStream = jest.fn();
    await expect(storeWith({ appendToStream }).appendToStream(STREAM, [])).rejects.toBeInstanceOf(InvalidAppendError);
    expect(appendToStream).not.toHaveBeenCalled();
  });
});

describe('reading a stream on EventStoreDB', () => {
  it('reads from a revision at most a given count, as our events', async () => {
    const readStream = answers([
      storedEvent({ revision: 1n, commit: 300n }),
      storedEvent({ revision: 2n, commit: 400n }),
    ]);
    const events = await storeWith({ readStream }).readStream(STREAM, { fromRevision: 1, maxCount: 2 });
    expect(events.map((e) => [e.streamRevision, e.position])).toEqual([
      [1, 300n],
      [2, 400n],
    ]);
    expect(readStream).toHaveBeenCalledWith(STREAM, { fromRevision: 1n, maxCount: 2 });
  });

  it('answers an empty list for a stream that does not exist', async () => {
    const readStream = jest.fn(() => failing(new StreamNotFoundError(undefined, STREAM)));
    expect(await storeWith({ readStream }).readStream(STREAM)).toEqual([]);
  });

  it('answers an empty list for a system stream without asking the server', async () => {
    const readStream = jest.fn();
    expect(await storeWith({ readStream }).readStream('$ce-advice')).toEqual([]);
    expect(readStream).not.toHaveBeenCalled();
  });

  it('rethrows any other failure', async () => {
    const readStream = jest.fn(() => failing(new UnavailableError()));
    await expect(storeWith({ readStream }).readStream(STREAM)).rejects.toBeInstanceOf(UnavailableError);
  });

  it('tells whether a stream exists', async () => {
    const readStream = jest
      .fn()
      .mockReturnValueOnce(results([storedEvent({ commit: 10n })]))
      .mockReturnValueOnce(failing(new StreamNotFoundError(undefined, 'signal-0')));
    const store = storeWith({ readStream });
    expect(await store.streamExists(STREAM)).toBe(true);
    expect(await store.streamExists('signal-0')).toBe(false);
  });
});

describe('reading $all on EventStoreDB', () => {
  it('reads from the checkpoint and leaves out the checkpoint event the server hands back', async () => {
    const readAll = answers([
      storedEvent({ commit: 100n }),
      storedEvent({ commit: 200n }),
      storedEvent({ commit: 300n }),
    ]);
    const events = await storeWith({ readAll }).readAll({ after: 100n, maxCount: 2 });
    expect(events.map((e) => e.position)).toEqual([200n, 300n]);
    expect(readAll).toHaveBeenCalledWith({
      fromPosition: { commit: 100n, prepare: 100n },
      maxCount: 3,
      filter: excludeSystemEvents(),
    });
  });

  it('reads on past events the client leaves out until the batch is full', async () => {
    const readAll = answers(
      [storedEvent({ commit: 100n, type: 'AdviceIssued' }), storedEvent({ commit: 200n, type: 'SignalLinked' })],
      [storedEvent({ commit: 200n, type: 'SignalLinked' }), storedEvent({ commit: 300n, type: 'AdviceIssued' })],
    );
    const filter = { streamIdPrefixes: ['advice-trajectory-'], eventTypePrefixes: ['Advice'] };
    const events = await storeWith({ readAll }).readAll({ maxCount: 2, filter });
    expect(events.map((e) => e.position)).toEqual([100n, 300n]);
    expect(readAll).toHaveBeenLastCalledWith(
      expect.objectContaining({ fromPosition: { commit: 200n, prepare: 200n }, maxCount: 2 }),
    );
  });

  it('answers a short batch at the end of $all after one read', async () => {
    const readAll = answers([storedEvent({ commit: 100n }), linkEvent(150n)]);
    const events = await storeWith({ readAll }).readAll({ maxCount: 10 });
    expect(events.map((e) => e.position)).toEqual([100n]);
    expect(readAll).toHaveBeenCalledTimes(1);
  });
});

describe('finding the head position on EventStoreDB', () => {
  it('answers the position of the last event that is not a system event', async () => {
    const readAll = answers([linkEvent(900n), storedEvent({ commit: 800n })]);
    expect(await storeWith({ readAll }).headPosition()).toBe(800n);
    expect(readAll).toHaveBeenCalledWith(expect.objectContaining({ direction: 'backwards', fromPosition: 'end' }));
  });

  it('answers null for a store without events of ours', async () => {
    expect(await storeWith({ readAll: answers([linkEvent(900n)]) }).headPosition()).toBeNull();
  });
});

describe('pinging EventStoreDB', () => {
  it('answers when the server answers a read', async () => {
    await expect(storeWith({ readAll: answers([storedEvent({ commit: 1n })]) }).ping()).resolves.toBeUndefined();
  });

  it('fails with the failure of the read', async () => {
    const readAll = jest.fn(() => failing(new UnavailableError()));
    await expect(storeWith({ readAll }).ping()).rejects.toBeInstanceOf(UnavailableError);
  });

  it('fails when the server does not answer in time', async () => {
    const readAll = jest.fn(() => silent());
    await expect(storeWith({ readAll }, 10).ping()).rejects.toThrow(/did not answer within 10 ms/);
  });
});

describe('closing the EventStoreDB adapter', () => {
  it('closes its subscriptions and disposes the client', async () => {
    const dispose = jest.fn().mockResolvedValue(undefined);
    const store = storeWith({ dispose });
    const subscription = store.subscribeToAll();
    await store.close();
    await expect(subscription[Symbol.asyncIterator]().next()).resolves.toEqual({ done: true, value: undefined });
    expect(dispose).toHaveBeenCalledTimes(1);
  });
});
