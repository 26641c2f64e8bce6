import type { EventMetadata } from '#event-store';
import { InMemoryEventStore } from '#event-store/testing';
import { ForbiddenCommandError } from '../application-errors';
import { auditTrailVerification } from './audit-trail-verification.query';

const VELSEN = 'GM0453';
const BEVERWIJK = 'GM0375';
const HEEMSKERK = 'GM0396';
const AMSTERDAM = 'GM0363';

/** A regional advice: Velsen's trajectory, addressed to the three IJmond colleges. */
const started = (metadata: Partial<EventMetadata>) => ({
  eventId: crypto.randomUUID(),
  type: 'AdviceTrajectoryStarted',
  data: { trajectoryId: 't-1', municipalityCode: VELSEN, addressedTo: [VELSEN, BEVERWIJK, HEEMSKERK] },
  metadata: {
    occurredAt: '2026-11-23T10:00:00.000+01:00',
    actor: { id: 'user-1', role: 'official' },
    correlationId: crypto.randomUUID(),
    schemaVersion: 1,
    ...metadata,
  },
});

describe.each([
  ['with its own municipality as tenant', { municipalityCode: VELSEN }],
  ['without a tenant, as regional advice was first recorded', {}],
])('verifying the stream of a regional advice recorded %s', (_how, metadata) => {
  let store: InMemoryEventStore;

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.appendToStream('advice-trajectory-t-1', [started(metadata)]);
  });

  it('lets an official of an addressed municipality verify it, as that college answers the advice', async () => {
    const answer = await auditTrailVerification(store, undefined, {
      streamId: 'advice-trajectory-t-1',
      municipalities: [BEVERWIJK],
    });
    expect(answer).toMatchObject({ intact: true, checked: 1, streams: 1 });
  });

  it('counts it among the streams of every addressed municipality', async () => {
    const answer = await auditTrailVerification(store, undefined, { municipalities: [HEEMSKERK] });
    expect(answer).toMatchObject({ checked: 1, streams: 1 });
  });

  it('refuses an official of a municipality the advice is not addressed to', async () => {
    const verifying = auditTrailVerification(store, undefined, {
      streamId: 'advice-trajectory-t-1',
      municipalities: [AMSTERDAM],
    });
    await expect(verifying).rejects.toThrow(ForbiddenCommandError);
    await expect(verifying).rejects.toThrow(`You do not act for ${VELSEN}, ${BEVERWIJK}, ${HEEMSKERK}.`);
  });

  it('leaves it out of the streams of a municipality it is not addressed to', async () => {
    const answer = await auditTrailVerification(store, undefined, { municipalities: [AMSTERDAM] });
    expect(answer).toMatchObject({ checked: 0, streams: 0 });
  });
});
