import type { ConformanceFixture } from './conformance.fixtures';
import { collect, isStrictlyIncreasing, scopePerTest, type TestScope } from './conformance-events';

export function describeSubscriptions(fixture: () => ConformanceFixture): void {
  const scope = scopePerTest(() => fixture().namespace, 'sub');
  const event: TestScope['event'] = (...args) => scope().event(...args);

  describe('subscribing to $all', () => {
    it('delivers stored events first, then events appended while it runs, in order', async () => {
      const { store } = fixture();
      const start = (await store.headPosition()) ?? undefined;
      const before = [event(), event()];
      await store.appendToStream(`${scope().prefix}-a`, before);
      const subscription = store.subscribeToAll({ after: start, filter: { streamIdPrefixes: [scope().prefix] } });
      const received = collect(subscription, 4);
      const after = [event(), event()];
      await store.appendToStream(`${scope().prefix}-b`, [after[0]!]);
      await store.appendToStream(`${scope().prefix}-a`, [after[1]!]);
      const events = await received;
      expect(events.map((e) => e.eventId)).toEqual([...before, ...after].map((e) => e.eventId));
      expect(isStrictlyIncreasing(events.map((e) => e.position))).toBe(true);
    });

    it('starts strictly after the given position', async () => {
      const { store } = fixture();
      const first = await store.appendToStream(`${scope().prefix}-a`, [event()]);
      const second = event();
      await store.appendToStream(`${scope().prefix}-a`, [second]);
      const events = await collect(
        store.subscribeToAll({ after: first.position, filter: { streamIdPrefixes: [scope().prefix] } }),
        1,
      );
      expect(events.map((e) => e.eventId)).toEqual([second.eventId]);
    });

    it('delivers only events that pass its filter', async () => {
      const { store } = fixture();
      const start = (await store.headPosition()) ?? undefined;
      const wanted = event('AdviceIssued');
      await store.appendToStream(`${scope().prefix}-a`, [event('SignalRecorded'), wanted]);
      const subscription = store.subscribeToAll({
        after: start,
        filter: { streamIdPrefixes: [scope().prefix], eventTypePrefixes: ['Advice'] },
      });
      const events = await collect(subscription, 1);
      expect(events.map((e) => e.eventId)).toEqual([wanted.eventId]);
    });

    it('ends the iteration when closed', async () => {
      const { store } = fixture();
      const subscription = store.subscribeToAll({ filter: { streamIdPrefixes: [`${scope().prefix}-never`] } });
      const iteration = (async () => {
        let count = 0;
        for await (const _ of subscription) count += 1;
        return count;
      })();
      await subscription.close();
      await expect(iteration).resolves.toBe(0);
    });
  });
}
