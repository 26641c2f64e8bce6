import { specification } from '../testing';
import type { RecordCollegeResponse } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  adviceRevised,
  advised,
  collegeResponded,
  command,
  event,
  responded,
  started,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const respond = (overrides: Partial<RecordCollegeResponse['data']> = {}) =>
  command('RecordCollegeResponse', {
    respondedOn: '2026-10-01',
    decisions: [
      { recommendationNumber: 1, decision: 'adopted' },
      { recommendationNumber: 2, decision: 'partially-adopted', reasoning: 'Twice a year fits the reporting cycle.' },
      { recommendationNumber: 3, decision: 'not-adopted', reasoning: 'Forms are set by national law.' },
    ],
    documentRef: 'Z/26/123456',
    ...overrides,
  });

describe("recording the college's response", () => {
  describe('when the advice awaits the college', () => {
    it('records the answer to every recommendation with its reasoning', () => {
      spec.given(advised).when(respond()).then([collegeResponded]);
    });

    it('keeps an explanation given for an adopted recommendation and leaves out an empty document reference', () => {
      spec
        .given(advised)
        .when(
          respond({
            documentRef: ' ',
            decisions: [
              { recommendationNumber: 3, decision: 'not-adopted', reasoning: ' Forms are set by national law. ' },
              { recommendationNumber: 1, decision: 'adopted', reasoning: 'Already the practice.' },
              { recommendationNumber: 2, decision: 'adopted', reasoning: ' ' },
            ],
          }),
        )
        .then([
          event('CollegeResponseRecorded', {
            adviceVersion: 1,
            respondedOn: '2026-10-01',
            decisions: [
              { recommendationNumber: 3, decision: 'not-adopted', reasoning: 'Forms are set by national law.' },
              { recommendationNumber: 1, decision: 'adopted', reasoning: 'Already the practice.' },
              { recommendationNumber: 2, decision: 'adopted' },
            ],
          }),
        ]);
    });

    it('refuses a response that leaves a recommendation unanswered', () => {
      spec
        .given(advised)
        .when(respond({ decisions: [{ recommendationNumber: 1, decision: 'adopted' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_UNANSWERED', 'rule');
    });

    it('refuses a response without any answers', () => {
      spec
        .given(advised)
        .when(respond({ decisions: [] }))
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_UNANSWERED', 'rule');
    });

    it('refuses an answer to a recommendation the advice does not hold', () => {
      spec
        .given(advised)
        .when(
          respond({
            decisions: [
              { recommendationNumber: 1, decision: 'adopted' },
              { recommendationNumber: 2, decision: 'adopted' },
              { recommendationNumber: 3, decision: 'adopted' },
              { recommendationNumber: 4, decision: 'adopted' },
            ],
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION', 'rule');
    });

    it('refuses two answers to one recommendation', () => {
      spec
        .given(advised)
        .when(
          respond({
            decisions: [
              { recommendationNumber: 1, decision: 'adopted' },
              { recommendationNumber: 1, decision: 'not-adopted', reasoning: 'Changed our mind.' },
              { recommendationNumber: 2, decision: 'adopted' },
              { recommendationNumber: 3, decision: 'adopted' },
            ],
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.RECOMMENDATION_ANSWERED_TWICE', 'rule');
    });

    it('refuses a recommendation not adopted without reasoning', () => {
      spec
        .given(advised)
        .when(
          respond({
            decisions: [
              { recommendationNumber: 1, decision: 'adopted' },
              { recommendationNumber: 2, decision: 'adopted' },
              { recommendationNumber: 3, decision: 'not-adopted' },
            ],
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.REASONING_MISSING', 'rule');
    });

    it('refuses a recommendation partially adopted with blank reasoning', () => {
      spec
        .given(advised)
        .when(
          respond({
            decisions: [
              { recommendationNumber: 1, decision: 'adopted' },
              { recommendationNumber: 2, decision: 'partially-adopted', reasoning: '  ' },
              { recommendationNumber: 3, decision: 'adopted' },
            ],
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.REASONING_MISSING', 'rule');
    });

    it('refuses a response dated before the advice', () => {
      spec
        .given(advised)
        .when(respond({ respondedOn: '2026-08-31' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });

    it('refuses a response dated in the future', () => {
      spec
        .given(advised)
        .when(respond({ respondedOn: '2026-12-01' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'rule');
    });

    it('refuses a response date that is not a calendar date', () => {
      spec
        .given(advised)
        .when(respond({ respondedOn: '2026-13-01' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });
  });

  describe('when the advice has been revised', () => {
    it('answers the recommendations of the latest version', () => {
      spec
        .given([...advised, adviceRevised])
        .when(
          respond({
            respondedOn: '2026-10-01',
            documentRef: undefined,
            decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
          }),
        )
        .then([
          event('CollegeResponseRecorded', {
            adviceVersion: 2,
            respondedOn: '2026-10-01',
            decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
          }),
        ]);
    });

    it('refuses an answer to a recommendation the revision dropped', () => {
      spec
        .given([...advised, adviceRevised])
        .when(respond())
        .thenRefuses('ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION', 'rule');
    });

    it('refuses a response dated before the revision', () => {
      spec
        .given([...advised, adviceRevised])
        .when(respond({ respondedOn: '2026-09-05', decisions: [{ recommendationNumber: 1, decision: 'adopted' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });
  });

  describe('when no advice has been issued yet', () => {
    it('refuses a response', () => {
      spec.given([started]).when(respond()).thenRefuses('ADVICE_TRAJECTORY.ADVICE_NOT_ISSUED', 'conflict');
    });
  });

  describe('when the college has already responded', () => {
    it('refuses a second response', () => {
      spec.given(responded).when(respond()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_ALREADY_RECORDED', 'conflict');
    });
  });
});
