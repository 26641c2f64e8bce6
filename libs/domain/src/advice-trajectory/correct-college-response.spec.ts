import { fold } from '../kit';
import { specification } from '../testing';
import type { CorrectCollegeResponse } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  advised,
  collegeOf,
  command,
  event,
  regionalAdvised,
  regionalResponded,
  responded,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const decisions = [
  { recommendationNumber: 1, decision: 'adopted' as const },
  { recommendationNumber: 2, decision: 'adopted' as const },
  { recommendationNumber: 3, decision: 'not-adopted' as const, reasoning: 'Forms are set by national law.' },
];

const correct = (overrides: Partial<CorrectCollegeResponse['data']> = {}) =>
  command('CorrectCollegeResponse', {
    reason: ' Recommendation 2 was adopted in full; the letter said so. ',
    decisions,
    ...overrides,
  });

const corrected = event('CollegeResponseCorrected', {
  adviceVersion: 1,
  reason: 'Recommendation 2 was adopted in full; the letter said so.',
  decisions,
});

describe("correcting the college's response", () => {
  describe('when the college has responded', () => {
    it('records the corrected answers and why', () => {
      spec.given(responded).when(correct()).then([corrected]);
    });

    it('shows the corrected answers as current and keeps the reason', () => {
      const state = fold(adviceTrajectoryDecider, [...responded, corrected]);
      expect(state).toMatchObject({
        status: 'responded',
        response: { respondedOn: '2026-10-01', decisions, correctionReason: corrected.data.reason },
      });
    });

    it('refuses a correction without a reason', () => {
      spec
        .given(responded)
        .when(correct({ reason: ' ' }))
        .thenRefuses('ADVICE_TRAJECTORY.CORRECTION_REASON_MISSING', 'rule');
    });

    it('refuses a correction that leaves a recommendation unanswered', () => {
      spec
        .given(responded)
        .when(correct({ decisions: decisions.slice(0, 2) }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_UNANSWERED', 'rule');
    });

    it('refuses a corrected answer short of adoption without reasoning', () => {
      spec
        .given(responded)
        .when(correct({ decisions: [...decisions.slice(0, 2), { recommendationNumber: 3, decision: 'not-adopted' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.REASONING_MISSING', 'rule');
    });
  });

  describe('when the college has not responded', () => {
    it('refuses a correction', () => {
      spec.given(advised).when(correct()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });

  describe('when the advice is addressed to several municipalities', () => {
    it("corrects one college's response, named by its municipality", () => {
      spec
        .given(regionalResponded)
        .when(correct({ municipalityCode: 'GM0453' }))
        .then([event('CollegeResponseCorrected', { ...corrected.data, municipalityCode: 'GM0453' })]);
    });

    it('corrects a response before the other colleges have answered', () => {
      spec
        .given([...regionalAdvised, collegeOf('GM0396')])
        .when(correct({ municipalityCode: 'GM0396' }))
        .then([event('CollegeResponseCorrected', { ...corrected.data, municipalityCode: 'GM0396' })]);
    });

    it('refuses a correction for a college that has not answered', () => {
      spec
        .given([...regionalAdvised, collegeOf('GM0396')])
        .when(correct({ municipalityCode: 'GM0375' }))
        .thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });

    it('refuses a correction that does not name the college', () => {
      spec.given(regionalResponded).when(correct()).thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_CODE_REQUIRED', 'rule');
    });
  });
});
