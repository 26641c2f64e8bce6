import { projectionSpecification, recordedEvents } from '../testing';
import { signalRegister } from './signal-register.projection';

const SIGNAL = 'c0a80101-0000-4000-8000-0000000005a1';
const sealed = (personId: string) => ({ personId, ciphertext: 'c2VhbGVk' });
const event = recordedEvents({
  streamId: `signal-${SIGNAL}`,
  at: '2026-11-02T10:00:00Z',
  actor: { id: 'u1', role: 'body-member' },
});

const recorded = event('SignalRecorded', {
  signalId: SIGNAL,
  bodyId: 'body-1',
  municipalityCode: 'GM0375',
  channel: 'home-care',
  receivedOn: '2026-11-02',
  themes: ['woningaanpassing'],
  domain: 'wmo',
  subjectId: 'person-1',
  targetGroups: [],
  summary: sealed('person-1'),
  reporter: sealed('person-1'),
});
const assessed = event('SignalAssessed', { signalId: SIGNAL, scope: 'collective', rationale: sealed('person-1') });
const clustered = event('SignalsClustered', {
  clusterId: 'cluster-1',
  signalIds: [SIGNAL, 'other'],
  title: 'Trapliften',
});
const closed = event('SignalClosed', { signalId: SIGNAL, outcome: sealed('person-1'), feedbackGiven: true });

const spec = projectionSpecification(signalRegister, SIGNAL);

describe('the signal register', () => {
  it('keeps a recorded signal with its personal data still sealed', () => {
    spec
      .given()
      .when(recorded)
      .then((row) =>
        expect(row).toMatchObject({
          signalId: SIGNAL,
          municipalityCode: 'GM0375',
          status: 'recorded',
          summary: sealed('person-1'),
          reporter: sealed('person-1'),
          clusters: [],
        }),
      );
  });

  it('follows the signal through assessment, clustering and close', () => {
    spec
      .given(recorded, assessed, clustered)
      .when(closed)
      .then((row) =>
        expect(row).toMatchObject({
          status: 'closed',
          scope: 'collective',
          feedbackGiven: true,
          clusters: [{ clusterId: 'cluster-1', title: 'Trapliften' }],
          closedAt: '2026-11-02T10:00:00.000Z',
        }),
      );
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([recorded, assessed, clustered, closed]);
  });

  it('touches every signal of a cluster', () => {
    expect(signalRegister.keysOf(clustered)).toEqual([SIGNAL, 'other']);
  });

  it('ignores events about a signal it never saw recorded', () => {
    spec.given().when(assessed).then(null);
  });
});
