import type { ConformanceCapabilities, ConformanceFixture } from './conformance.fixtures';
import { describeAppends } from './conformance-appends';
import { describeConcurrency, describeOutOfOrderCommits } from './conformance-concurrency';
import { describeReads } from './conformance-reads';
import { describeSubscriptions } from './conformance-subscriptions';

/**
 * The one suite every event store adapter passes. Call it at the top level of a spec file
 * with a factory for a fresh fixture; it is set up once for the whole suite. The cases an
 * adapter's capabilities rule out are not registered, and the suite says so in its title.
 */
export function describeEventStoreConformance(
  adapter: string,
  createFixture: () => Promise<ConformanceFixture>,
  capabilities: ConformanceCapabilities,
): void {
  const excepted = capabilities.outOfOrderCommits ? '' : ' (appends cannot commit out of order)';
  describe(`${adapter} event store${excepted}`, () => {
    let fixture: ConformanceFixture | undefined;
    const current = (): ConformanceFixture => {
      if (!fixture) throw new Error('The conformance fixture was not created');
      return fixture;
    };
    beforeAll(async () => {
      fixture = await createFixture();
    });
    afterAll(async () => {
      await fixture?.teardown();
    });

    describeAppends(current);
    describeReads(current);
    describeSubscriptions(current);
    describeConcurrency(current);
    if (capabilities.outOfOrderCommits) describeOutOfOrderCommits(current);
  });
}
