import type { ConformanceFixture } from './conformance.fixtures';
import { scopePerTest, type TestScope } from './conformance-events';

export function describeReads(fixture: () => ConformanceFixture): void {
  const scope = scopePerTest(() => fixture().namespace, 'read');
  const event: TestScope['event'] = (...args) => scope().event(...args);

  describe('reading a stream', () => {
    it('answers an empty list for a stream that does not exist', async () => {
      expect(await fixture().store.readStream(`${scope().prefix}-missing`)).toEqual([]);
    });

    it('returns the whole envelope as it was appended', async () => {
      const { store } = fixture();
      const appended = event('AdviceIssued', { summary: 'Meer inloopspreekuren' });
      await store.appendToStream(`${scope().prefix}-s`, [appended]);
      const [recorded] = await store.readStream(`${scope().prefix}-s`);
      expect(recorded).toMatchObject({ ...appended, streamId: `${scope().prefix}-s`, streamRevision: 0 });
      expect(typeof recorded?.position).toBe('bigint');
      expect(recorded?.recordedAt).toBeInstanceOf(Date);
    });

    it('reads from a revision and at most a given count', async () => {
      const { store } = fixture();
      await store.appendToStream(`${scope().prefix}-s`, [event(), event(), event(), event()]);
      const events = await store.readStream(`${scope().prefix}-s`, { fromRevision: 1, maxCount: 2 });
      expect(events.map((e) => e.streamRevision)).toEqual([1, 2]);
    });

    it('tells whether a stream exists', async () => {
      const { store } = fixture();
      await store.appendToStream(`${scope().prefix}-s`, [event()]);
      expect(await store.streamExists(`${scope().prefix}-s`)).toBe(true);
      expect(await store.streamExists(`${scope().prefix}-other`)).toBe(false);
    });
  });

  describe('reading $all', () => {
    it('returns events of every stream in the order they were appended, in batches', async () => {
      const { store } = fixture();
      const start = (await store.headPosition()) ?? undefined;
      const appended = [event(), event(), event(), event(), event()];
      for (const [i, e] of appended.entries()) await store.appendToStream(`${scope().prefix}-${i % 2}`, [e]);
      const filter = { streamIdPrefixes: [scope().prefix] };
      const first = await store.readAll({ after: start, maxCount: 3, filter });
      const rest = await store.readAll({ after: first.at(-1)?.position, maxCount: 3, filter });
      expect([...first, ...rest].map((e) => e.eventId)).toEqual(appended.map((e) => e.eventId));
    });

    it('reads strictly after the given position', async () => {
      const { store } = fixture();
      const one = await store.appendToStream(`${scope().prefix}-s`, [event()]);
      const two = event();
      await store.appendToStream(`${scope().prefix}-s`, [two]);
      const events = await store.readAll({
        after: one.position,
        maxCount: 10,
        filter: { streamIdPrefixes: [scope().prefix] },
      });
      expect(events.map((e) => e.eventId)).toEqual([two.eventId]);
    });

    it('filters on event type prefixes within the stream prefixes', async () => {
      const { store } = fixture();
      const start = (await store.headPosition()) ?? undefined;
      const wanted = event('SignalRecorded');
      await store.appendToStream(`${scope().prefix}-s`, [event('TableOpened'), wanted, event('TableClosed')]);
      const events = await store.readAll({
        after: start,
        maxCount: 10,
        filter: { streamIdPrefixes: [scope().prefix], eventTypePrefixes: ['Signal'] },
      });
      expect(events.map((e) => e.eventId)).toEqual([wanted.eventId]);
    });

    it('reports the head position as the last appended event', async () => {
      const { store } = fixture();
      const result = await store.appendToStream(`${scope().prefix}-s`, [event(), event()]);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
    });
  });
}
