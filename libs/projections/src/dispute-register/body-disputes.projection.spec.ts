import type { ParticipationBodyEvent } from '#domain';
import { projectionSpecification, recordedEvents } from '../testing';
import { bodyDisputes } from './body-disputes.projection';

const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const DISPUTE = 'c0a80101-0000-4000-8000-000000000f01';

const event = recordedEvents<ParticipationBodyEvent['type']>({
  streamId: `participation-body-${BODY}`,
  at: '2026-11-02T10:00:00Z',
  actor: { id: 'secretary-1', role: 'secretary' },
  data: { bodyId: BODY },
});

const established = event('ParticipationBodyEstablished', {
  name: 'Participatieraad IJmond',
  kind: 'regional-participation-council',
  municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
  domains: ['wmo'],
});
const raised = event('BodyDisputeRaised', {
  disputeId: DISPUTE,
  reason: 'Er is geen vergaderruimte meer.',
  about: 'facilities',
  raisedBy: 'body',
});
const resolved = event(
  'BodyDisputeResolved',
  { disputeId: DISPUTE, resolution: 'De gemeente stelt een zaal beschikbaar.' },
  '2026-11-20T10:00:00Z',
);

const spec = projectionSpecification(bodyDisputes, BODY);

describe('the body disputes', () => {
  it('records a dispute about the body’s facilities, who raised it and that it is open', () => {
    spec
      .given(established)
      .when(raised)
      .then({
        bodyId: BODY,
        municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
        disputes: [
          {
            disputeId: DISPUTE,
            about: 'facilities',
            raisedBy: 'body',
            reason: 'Er is geen vergaderruimte meer.',
            raisedAt: '2026-11-02T10:00:00.000Z',
          },
        ],
      });
  });

  it('settles it with the committee’s resolution', () => {
    spec
      .given(established, raised)
      .when(resolved)
      .then((doc) =>
        expect(doc?.disputes[0]).toMatchObject({
          resolution: 'De gemeente stelt een zaal beschikbaar.',
          resolvedAt: '2026-11-20T10:00:00.000Z',
        }),
      );
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([established, raised, resolved]);
  });
});
