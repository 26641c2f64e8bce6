import { createEventStoreDbConformanceFixture } from './eventstoredb.fixtures';

describe('creating the EventStoreDB conformance fixture', () => {
  it('fails at once when no server answers, instead of failing every conformance test', async () => {
    // Nothing listens on port 1 of the loopback interface: the connection is refused.
    const fixture = createEventStoreDbConformanceFixture('kurrentdb://127.0.0.1:1?tls=false');
    await expect(fixture).rejects.toThrow();
  });
});
