import { fold } from '../kit';
import { specification } from '../testing';
import type { RecordEvaluationFinding } from './pilot.commands';
import { pilotDecider } from './pilot.decider';
import type { EvaluationFindingRecorded, PilotStarted } from './pilot.events';

const pilotId = 'c0a80101-0000-4000-8000-000000000001';
const findingId = 'c0a80101-0000-4000-8000-0000000000f1';
const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'evaluator-1', role: 'evaluator' } };

const pilotStarted: PilotStarted = {
  type: 'PilotStarted',
  data: {
    pilotId,
    name: 'Pilot participatieraad IJmond',
    bodyIds: ['c0a80101-0000-4000-8000-0000000000b1'],
    startsOn: '2025-01-01',
    endsOn: '2026-12-31',
    criteria: [{ metric: 'early-involvement-share', target: 0.6 }],
  },
};

const recordFinding = (overrides: Partial<RecordEvaluationFinding['data']> = {}): RecordEvaluationFinding => ({
  type: 'RecordEvaluationFinding',
  context,
  data: {
    pilotId,
    findingId,
    topic: 'collaboration-officials',
    finding: ' Beleidsmedewerkers betrekken de raad nu vóór de eerste conceptnota. ',
    recordedOn: '2026-11-20',
    ...overrides,
  },
});

const findingRecorded: EvaluationFindingRecorded = {
  type: 'EvaluationFindingRecorded',
  data: {
    pilotId,
    findingId,
    topic: 'collaboration-officials',
    finding: 'Beleidsmedewerkers betrekken de raad nu vóór de eerste conceptnota.',
    recordedOn: '2026-11-20',
  },
};

const spec = specification(pilotDecider);

describe('recording an evaluation finding', () => {
  describe('when the pilot has started', () => {
    it('records the finding on its topic, without surrounding spaces', () => {
      spec.given([pilotStarted]).when(recordFinding()).then([findingRecorded]);
    });

    it('records a finding on the structure after the pilot ended', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ topic: 'structure', finding: 'De stuurgroep is te klein.', recordedOn: '2026-11-23' }))
        .then([
          {
            type: 'EvaluationFindingRecorded',
            data: {
              ...findingRecorded.data,
              topic: 'structure',
              finding: 'De stuurgroep is te klein.',
              recordedOn: '2026-11-23',
            },
          },
        ]);
    });

    it('refuses a topic the evaluation does not know', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ topic: 'budget' as never }))
        .thenRefuses('PILOT.FINDING_TOPIC_UNKNOWN', 'rule');
    });

    it('refuses a finding that says nothing', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ finding: '  ' }))
        .thenRefuses('PILOT.FINDING_MISSING', 'rule');
    });

    it('refuses a finding dated before the pilot started', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ recordedOn: '2024-12-31' }))
        .thenRefuses('PILOT.FINDING_BEFORE_PILOT', 'rule');
    });

    it('refuses a finding dated in the future', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ recordedOn: '2026-11-24' }))
        .thenRefuses('PILOT.RECORDED_ON_IN_FUTURE', 'rule');
    });

    it('refuses a date that is not a calendar date', () => {
      spec
        .given([pilotStarted])
        .when(recordFinding({ recordedOn: '20-11-2026' }))
        .thenRefuses('PILOT.RECORDED_ON_INVALID', 'rule');
    });
  });

  describe('when the finding has been recorded', () => {
    it('refuses to record it again', () => {
      spec
        .given([pilotStarted, findingRecorded])
        .when(recordFinding())
        .thenRefuses('PILOT.FINDING_ALREADY_RECORDED', 'conflict');
    });

    it('keeps the findings on the pilot', () => {
      expect(fold(pilotDecider, [pilotStarted, findingRecorded])).toMatchObject({ findingIds: [findingId] });
    });
  });

  describe('when the pilot has not been started', () => {
    it('refuses the finding', () => {
      spec.given([]).when(recordFinding()).thenRefuses('PILOT.NOT_FOUND', 'not-found');
    });
  });
});
