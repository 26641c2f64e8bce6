import { projectionSpecification, recordedEvents } from '../testing';
import { pilotRegister } from './pilot-register.projection';

const PILOT = 'c0a80101-0000-4000-8000-000000000001';
const BODY = 'c0a80101-0000-4000-8000-0000000000b1';
const event = recordedEvents({
  streamId: `pilot-${PILOT}`,
  at: '2026-01-05T09:00:00Z',
  actor: { id: 'evaluator-1', role: 'evaluator' },
  data: { pilotId: PILOT },
});

const started = event('PilotStarted', {
  name: 'Pilot participatieraad IJmond',
  bodyIds: [BODY],
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  criteria: [{ metric: 'signals-count', target: 20 }],
});
const later = event('EvaluationFindingRecorded', {
  findingId: 'f-2',
  topic: 'collaboration-college',
  finding: 'Het college betrekt de raad vroeg.',
  recordedOn: '2027-06-01',
});
const earlier = event('EvaluationFindingRecorded', {
  findingId: 'f-1',
  topic: 'structure',
  finding: 'De flexibele schil groeit.',
  recordedOn: '2027-03-01',
});

const spec = projectionSpecification(pilotRegister, PILOT);

describe('the pilot register', () => {
  it('keeps a pilot with its period, criteria and findings by the day they were recorded', () => {
    spec
      .given(started, later)
      .when(earlier)
      .then({
        pilotId: PILOT,
        name: 'Pilot participatieraad IJmond',
        bodyIds: [BODY],
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        criteria: [{ metric: 'signals-count', target: 20 }],
        findings: [
          {
            findingId: 'f-1',
            topic: 'structure',
            finding: 'De flexibele schil groeit.',
            recordedOn: '2027-03-01',
            recordedAt: '2026-01-05T09:00:00.000Z',
          },
          {
            findingId: 'f-2',
            topic: 'collaboration-college',
            finding: 'Het college betrekt de raad vroeg.',
            recordedOn: '2027-06-01',
            recordedAt: '2026-01-05T09:00:00.000Z',
          },
        ],
        startedAt: '2026-01-05T09:00:00.000Z',
      });
  });

  it('changes nothing when every event is applied twice', () => {
    spec.thenEachEventTwiceChangesNothing([started, later, earlier]);
  });

  it('keeps its findings when the start is replayed after them', () => {
    spec
      .given(started, later)
      .when(started)
      .then(spec.rowAfter([started, later]));
  });

  it('ignores findings on a pilot it never saw started', () => {
    spec.given().when(later).then(null);
  });
});
