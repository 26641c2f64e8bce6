import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import { bodyEstablished, recordSelfEvaluation, selfEvaluationRecorded } from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('recording a self-evaluation', () => {
  describe('when the body has not been established', () => {
    it('refuses the self-evaluation', () => {
      spec.given([]).when(recordSelfEvaluation()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
    });
  });

  describe('when the body has been established', () => {
    it("records the body's reflection on a past year", () => {
      spec.given([bodyEstablished]).when(recordSelfEvaluation()).then([selfEvaluationRecorded]);
    });

    it('records a reflection on the current year', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ year: 2026 }))
        .then([{ type: 'SelfEvaluationRecorded', data: { ...selfEvaluationRecorded.data, year: 2026 } }]);
    });

    it('records the summary without surrounding spaces', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ summary: ` ${selfEvaluationRecorded.data.summary}  ` }))
        .then([selfEvaluationRecorded]);
    });

    it('refuses a year that has not begun', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ year: 2027 }))
        .thenRefuses('PARTICIPATION_BODY.YEAR_INVALID', 'rule');
    });

    it('refuses a year that is not a whole number', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ year: 2025.5 }))
        .thenRefuses('PARTICIPATION_BODY.YEAR_INVALID', 'rule');
    });

    it('refuses a year before 2000', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ year: 1999 }))
        .thenRefuses('PARTICIPATION_BODY.YEAR_INVALID', 'rule');
    });

    it('refuses a self-evaluation without a summary', () => {
      spec
        .given([bodyEstablished])
        .when(recordSelfEvaluation({ summary: ' ' }))
        .thenRefuses('PARTICIPATION_BODY.SUMMARY_MISSING', 'rule');
    });
  });

  describe('when the self-evaluation for that year has been recorded', () => {
    it('refuses a second one for the same year', () => {
      spec
        .given([bodyEstablished, selfEvaluationRecorded])
        .when(recordSelfEvaluation({ summary: 'Een tweede terugblik.' }))
        .thenRefuses('PARTICIPATION_BODY.SELF_EVALUATION_ALREADY_RECORDED', 'conflict');
    });

    it('records the one for another year', () => {
      spec
        .given([bodyEstablished, selfEvaluationRecorded])
        .when(recordSelfEvaluation({ year: 2026 }))
        .then([{ type: 'SelfEvaluationRecorded', data: { ...selfEvaluationRecorded.data, year: 2026 } }]);
    });
  });
});
