import { specification } from '../testing';
import type { ReportImplementationProgress } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { advised, command, event, progressReported, responded } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const report = (overrides: Partial<ReportImplementationProgress['data']> = {}) =>
  command('ReportImplementationProgress', {
    recommendationNumber: 1,
    status: 'in-progress',
    reportedOn: '2026-11-20',
    ...overrides,
  });

describe('reporting implementation progress', () => {
  describe('when the college has responded', () => {
    it('records the status of a recommendation', () => {
      spec.given(responded).when(report()).then([progressReported]);
    });

    it('records a dropped recommendation with the reason why', () => {
      spec
        .given(responded)
        .when(report({ recommendationNumber: 3, status: 'dropped', note: ' National law leaves no room. ' }))
        .then([
          event('ImplementationProgressReported', {
            recommendationNumber: 3,
            status: 'dropped',
            reportedOn: '2026-11-20',
            note: 'National law leaves no room.',
          }),
        ]);
    });

    it('refuses a dropped recommendation without a note', () => {
      spec
        .given(responded)
        .when(report({ status: 'dropped' }))
        .thenRefuses('ADVICE_TRAJECTORY.DROP_REASON_MISSING', 'rule');
    });

    it('refuses a dropped recommendation with a blank note', () => {
      spec
        .given(responded)
        .when(report({ status: 'dropped', note: '  ' }))
        .thenRefuses('ADVICE_TRAJECTORY.DROP_REASON_MISSING', 'rule');
    });

    it('refuses progress on a recommendation the advice does not hold', () => {
      spec
        .given(responded)
        .when(report({ recommendationNumber: 9 }))
        .thenRefuses('ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION', 'rule');
    });

    it('refuses progress dated before the college responded', () => {
      spec
        .given(responded)
        .when(report({ reportedOn: '2026-09-30' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });

    it('refuses progress dated in the future', () => {
      spec
        .given(responded)
        .when(report({ reportedOn: '2026-11-30' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'rule');
    });

    it('refuses a report date that is not a calendar date', () => {
      spec
        .given(responded)
        .when(report({ reportedOn: '2026-11-31' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });
  });

  describe('when progress on the recommendation was reported before', () => {
    it('records the newer status', () => {
      spec
        .given([...responded, progressReported])
        .when(report({ status: 'realised', reportedOn: '2026-11-23' }))
        .then([
          event('ImplementationProgressReported', {
            recommendationNumber: 1,
            status: 'realised',
            reportedOn: '2026-11-23',
          }),
        ]);
    });

    it('refuses a report dated before the previous one', () => {
      spec
        .given([...responded, progressReported])
        .when(report({ status: 'realised', reportedOn: '2026-11-19' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });
  });

  describe('when the college has not responded yet', () => {
    it('refuses a progress report', () => {
      spec.given(advised).when(report()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });
});
