import type { RecordedEvent } from '#event-store';
import { eventFactory } from '#event-store/testing';
import type { Storage } from '#runtime';
import { readEverything } from '../../support/embedded-database';
import { freshDir, openStorageOn, removeDir, startOwnCluster, type OwnCluster } from './recovery-support';

const WRITERS = 8;
/** Acknowledged appends before the kill: enough that every writer is mid-append when it comes. */
const ACKNOWLEDGED_BEFORE_KILL = 300;

interface Append {
  readonly streamId: string;
  readonly eventId: string;
  readonly revision: number;
  acknowledged?: { revision: number; position: bigint };
  failed?: true;
}

/**
 * Not the application but PostgreSQL itself dies (SIGKILL to the postmaster) while writers
 * append through the port as the application's role, and starts again from its WAL: every
 * append it acknowledged must be there, where the acknowledgement said.
 */
describe('PostgreSQL killed outright during concurrent appends', () => {
  let cluster: OwnCluster;
  let dataDir: string;
  let restarted: Storage;
  const appends: Append[] = [];

  beforeAll(async () => {
    cluster = await startOwnCluster('kill-pg');
    dataDir = await freshDir('kill-pg-app');
    const storage = await openStorageOn(cluster, dataDir);
    const event = eventFactory('kill-postgres');
    let acknowledged = 0;
    const killed: { done?: Promise<void> } = {};
    const writer = async (w: number): Promise<void> => {
      const streamId = `kill-pg-${w}`;
      for (let revision = 0; ; revision++) {
        const next = event('SomethingHappened', { writer: w });
        const append: Append = { streamId, eventId: next.eventId, revision };
        appends.push(append);
        try {
          const result = await storage.eventStore.appendToStream(streamId, [next], {
            expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
          });
          append.acknowledged = { revision: result.nextExpectedRevision, position: result.position };
        } catch (error) {
          if (!killed.done) throw error;
          append.failed = true;
          return;
        }
        if (++acknowledged === ACKNOWLEDGED_BEFORE_KILL) killed.done = cluster.kill();
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    await killed.done;
    await storage.close().catch(() => undefined);
    await cluster.start();
    restarted = await openStorageOn(cluster, dataDir);
  }, 120_000);

  afterAll(async () => {
    await restarted.close();
    await cluster.remove();
    await removeDir(dataDir);
  }, 30_000);

  it('was killed with appends of several writers in flight', () => {
    expect(appends.filter((a) => a.acknowledged).length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(appends.filter((a) => a.failed).length).toBe(WRITERS);
  });

  it('finds every acknowledged append after the restart, at its revision and position', async () => {
    const stored = await readEverything(restarted.sealedEventStore);
    const byId = new Map<string, RecordedEvent>(stored.map((e) => [e.eventId, e]));
    const missing = appends.flatMap((a) => {
      if (!a.acknowledged) return [];
      const found = byId.get(a.eventId);
      return found?.streamId === a.streamId &&
        found.streamRevision === a.acknowledged.revision &&
        found.position === a.acknowledged.position
        ? []
        : [`${a.streamId}@${a.revision}: ${found ? `at ${found.streamId}@${found.streamRevision}` : 'missing'}`];
    });
    expect(missing).toEqual([]);
  });

  it('holds nothing but what writers sent, each stream without gaps', async () => {
    const stored = await readEverything(restarted.sealedEventStore);
    const sent = new Set(appends.map((a) => a.eventId));
    expect(stored.filter((e) => !sent.has(e.eventId))).toEqual([]);
    for (let w = 0; w < WRITERS; w++) {
      const revisions = stored.filter((e) => e.streamId === `kill-pg-${w}`).map((e) => e.streamRevision);
      expect(revisions).toEqual(revisions.map((_, i) => i));
    }
  });

  it('takes appends again where each stream stopped', async () => {
    const stored = await readEverything(restarted.sealedEventStore);
    const last = Math.max(...stored.filter((e) => e.streamId === 'kill-pg-0').map((e) => e.streamRevision));
    const event = eventFactory('kill-postgres-after');

    const result = await restarted.eventStore.appendToStream('kill-pg-0', [event()], { expectedRevision: last });

    expect(result.nextExpectedRevision).toBe(last + 1);
    expect(result.position > (stored.at(-1)?.position ?? 0n)).toBe(true);
  });
});
