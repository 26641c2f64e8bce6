import { InvalidAppendError, StreamChangedError, WrongExpectedRevisionError } from '../event-store.errors';
import type { ConformanceFixture } from './conformance.fixtures';
import { scopePerTest, type TestScope } from './conformance-events';

export function describeAppends(fixture: () => ConformanceFixture): void {
  const scope = scopePerTest(() => fixture().namespace, 'append');
  const stream = (name: string): string => `${scope().prefix}-${name}`;
  const event: TestScope['event'] = (...args) => scope().event(...args);

  describe('appending to a new stream', () => {
    it('starts the stream at revision 0 and answers the position of the event', async () => {
      const { store } = fixture();
      const result = await store.appendToStream(stream('a'), [event()], { expectedRevision: 'no_stream' });
      const [recorded] = await store.readStream(stream('a'));
      expect(result.nextExpectedRevision).toBe(0);
      expect(recorded?.position).toBe(result.position);
    });

    it('gives consecutive revisions to the events of one append and answers the last', async () => {
      const { store } = fixture();
      const result = await store.appendToStream(stream('b'), [event(), event(), event()]);
      const events = await store.readStream(stream('b'));
      expect(events.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
      expect(result).toEqual({ nextExpectedRevision: 2, position: events[2]?.position });
    });

    it('refuses an empty append', async () => {
      await expect(fixture().store.appendToStream(stream('c'), [])).rejects.toBeInstanceOf(InvalidAppendError);
    });
  });

  describe('optimistic concurrency', () => {
    it('refuses no_stream when the stream exists, naming its revision', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('d'), [event()]);
      const refusal = store.appendToStream(stream('d'), [event()], { expectedRevision: 'no_stream' });
      await expect(refusal).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: 0 });
    });

    it('appends at the exact expected revision', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('e'), [event(), event()]);
      const result = await store.appendToStream(stream('e'), [event()], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('refuses a stale expected revision and writes nothing', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('f'), [event(), event()]);
      const refusal = store.appendToStream(stream('f'), [event()], { expectedRevision: 0 });
      await expect(refusal).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(stream('f'))).toHaveLength(2);
    });

    it('refuses an exact revision on a stream that does not exist', async () => {
      const refusal = fixture().store.appendToStream(stream('g'), [event()], { expectedRevision: 0 });
      await expect(refusal).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: null });
    });

    it('refuses stream_exists on a missing stream and accepts it on an existing one', async () => {
      const { store } = fixture();
      const missing = store.appendToStream(stream('h'), [event()], { expectedRevision: 'stream_exists' });
      await expect(missing).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await store.appendToStream(stream('h'), [event()]);
      const result = await store.appendToStream(stream('h'), [event()], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('lets exactly one of several writers at the same revision win', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('i'), [event()]);
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, () => store.appendToStream(stream('i'), [event()], { expectedRevision: 0 })),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      const lost = attempts.filter((a) => a.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((a) => a.reason instanceof WrongExpectedRevisionError)).toBe(true);
      expect(await store.readStream(stream('i'))).toHaveLength(2);
    });
  });

  describe('idempotency on event id', () => {
    it('answers a repeated append with the first result and writes nothing', async () => {
      const { store } = fixture();
      const batch = [event(), event()];
      const first = await store.appendToStream(stream('j'), batch, { expectedRevision: 'no_stream' });
      const again = await store.appendToStream(stream('j'), batch, { expectedRevision: 'no_stream' });
      expect(again).toEqual(first);
      expect(await store.readStream(stream('j'))).toHaveLength(2);
    });

    it('answers a retry with the first result even after the stream moved on', async () => {
      const { store } = fixture();
      const batch = [event()];
      const first = await store.appendToStream(stream('k'), batch, { expectedRevision: 'no_stream' });
      await store.appendToStream(stream('k'), [event()]);
      const again = await store.appendToStream(stream('k'), batch, { expectedRevision: 'no_stream' });
      expect(again).toEqual(first);
      expect(await store.readStream(stream('k'))).toHaveLength(2);
    });
  });

  describe('streams the decision read (unchangedStreams)', () => {
    it('appends while every stream read is at the revision it was read at, or still absent', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('body-1'), [event(), event()]);

      const result = await store.appendToStream(stream('signal-1'), [event()], {
        expectedRevision: 'no_stream',
        unchangedStreams: [
          { streamId: stream('body-1'), revision: 1 },
          { streamId: stream('absent-1'), revision: null },
        ],
      });

      expect(result.nextExpectedRevision).toBe(0);
    });

    it.each([
      ['one event to a new stream', 'no_stream' as const, 1],
      ['several events', 'any' as const, 3],
    ])('refuses %s when a stream read has moved on, naming it, and writes nothing', async (_l, expected, count) => {
      const { store } = fixture();
      const read = stream(`body-${count}-${expected}`);
      const target = stream(`signal-${count}-${expected}`);
      await store.appendToStream(read, [event(), event()]);

      const refusal = store.appendToStream(
        target,
        Array.from({ length: count }, () => event()),
        { expectedRevision: expected, unchangedStreams: [{ streamId: read, revision: 0 }] },
      );

      await expect(refusal).rejects.toMatchObject({ name: 'StreamChangedError', changedStreamId: read });
      expect(await store.readStream(target)).toEqual([]);
    });

    it('refuses when a stream read as absent was made meanwhile', async () => {
      const { store } = fixture();
      await store.appendToStream(stream('body-made'), [event()]);
      await store.appendToStream(stream('signal-made'), [event()]);

      const refusal = store.appendToStream(stream('signal-made'), [event()], {
        expectedRevision: 0,
        unchangedStreams: [{ streamId: stream('body-made'), revision: null }],
      });

      await expect(refusal).rejects.toBeInstanceOf(StreamChangedError);
      expect(await store.readStream(stream('signal-made'))).toHaveLength(1);
    });
  });
}
