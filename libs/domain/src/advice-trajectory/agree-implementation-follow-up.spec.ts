import { specification } from '../testing';
import type { AgreeImplementationFollowUp } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { advised, command, event, followUpAgreed, responded } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const agree = (overrides: Partial<AgreeImplementationFollowUp['data']> = {}) =>
  command('AgreeImplementationFollowUp', {
    checkpoints: [
      { dueOn: '2027-03-01', description: 'First report on the front door.' },
      { dueOn: '2027-09-01', description: ' Waiting times published per district. ' },
    ],
    ...overrides,
  });

describe('agreeing how the implementation is followed', () => {
  describe('when the college has responded', () => {
    it('records the checkpoints', () => {
      spec.given(responded).when(agree()).then([followUpAgreed]);
    });

    it('replaces an earlier agreement', () => {
      const checkpoints = [{ dueOn: '2027-06-01', description: 'One joint review.' }];
      spec
        .given([...responded, followUpAgreed])
        .when(agree({ checkpoints }))
        .then([event('ImplementationFollowUpAgreed', { checkpoints })]);
    });

    it('refuses an agreement without checkpoints', () => {
      spec
        .given(responded)
        .when(agree({ checkpoints: [] }))
        .thenRefuses('ADVICE_TRAJECTORY.CHECKPOINTS_MISSING', 'rule');
    });

    it('refuses a checkpoint without a description', () => {
      spec
        .given(responded)
        .when(agree({ checkpoints: [{ dueOn: '2027-03-01', description: ' ' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.CHECKPOINT_DESCRIPTION_MISSING', 'rule');
    });

    it('refuses a checkpoint date that is not a calendar date', () => {
      spec
        .given(responded)
        .when(agree({ checkpoints: [{ dueOn: 'spring 2027', description: 'Review.' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });

    it('refuses a checkpoint due before the college responded', () => {
      spec
        .given(responded)
        .when(agree({ checkpoints: [{ dueOn: '2026-09-01', description: 'Review.' }] }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });
  });

  describe('when the college has not responded yet', () => {
    it('refuses to agree the follow-up', () => {
      spec.given(advised).when(agree()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });
});
