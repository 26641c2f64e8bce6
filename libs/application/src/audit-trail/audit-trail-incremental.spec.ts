import { AuditChainEventStore, type EventStore, type EventToAppend, type ReadStreamOptions } from '#event-store';
import { InMemoryEventStore } from '#event-store/testing';
import { InMemoryVerifiedTrail } from '#evidence';
import { auditTrailVerification, MOST_EVENTS_PER_REQUEST } from './audit-trail-verification.query';

const BEVERWIJK = 'GM0375';

const received = (n: number): EventToAppend => ({
  eventId: crypto.randomUUID(),
  type: 'SignalReceived',
  data: { municipalityCode: BEVERWIJK, n },
  metadata: {
    occurredAt: '2026-11-23T10:00:00.000+01:00',
    actor: { id: 'user-1', role: 'body-member' },
    municipalityCode: BEVERWIJK,
    correlationId: crypto.randomUUID(),
    schemaVersion: 1,
  },
});

/** Counts which streams a verification reads, to show what a request walks. */
class ReadCounting extends InMemoryEventStore {
  readonly streamsRead: string[] = [];

  override readStream(streamId: string, options?: ReadStreamOptions) {
    this.streamsRead.push(streamId);
    return super.readStream(streamId, options);
  }
}

describe('verifying the whole audit trail incrementally', () => {
  let store: ReadCounting;
  let chained: EventStore;
  let trail: InMemoryVerifiedTrail;
  const verify = () => auditTrailVerification(store, undefined, { municipalities: [BEVERWIJK] }, trail);

  beforeEach(() => {
    store = new ReadCounting();
    chained = new AuditChainEventStore(store);
    trail = new InMemoryVerifiedTrail();
  });

  it('walks only the streams of events recorded since the last request, and still counts them all', async () => {
    await chained.appendToStream('signal-1', [received(1), received(2)]);
    await chained.appendToStream('signal-2', [received(3)]);
    expect(await verify()).toMatchObject({ intact: true, checked: 3, streams: 2 });

    store.streamsRead.length = 0;
    await chained.appendToStream('signal-3', [received(4)]);
    expect(await verify()).toMatchObject({ intact: true, checked: 4, streams: 3 });
    expect(new Set(store.streamsRead)).toEqual(new Set(['signal-3']));
  });

  it('reads nothing of the streams when nothing was recorded since', async () => {
    await chained.appendToStream('signal-1', [received(1)]);
    await verify();
    store.streamsRead.length = 0;
    expect(await verify()).toMatchObject({ intact: true, checked: 1 });
    expect(store.streamsRead).toEqual([]);
  });

  it('takes in a bounded number of new events per request, and the next requests carry on', async () => {
    const events = Array.from({ length: MOST_EVENTS_PER_REQUEST + 10 }, (_, n) => received(n));
    await chained.appendToStream('signal-long', events.slice(0, MOST_EVENTS_PER_REQUEST + 5));
    await chained.appendToStream('signal-late', events.slice(MOST_EVENTS_PER_REQUEST + 5));
    const head = await store.headPosition();
    const first = await verify();
    expect(first.throughPosition).not.toEqual(head);
    expect(await verify()).toMatchObject({ intact: true, checked: events.length, streams: 2, throughPosition: head });
  });
});
