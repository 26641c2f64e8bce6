import { specification } from '../testing';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  advised,
  closed,
  command,
  disputeRaised,
  disputeResolved,
  event,
  responded,
  started,
  withdrawn,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const close = (note?: string) => command('CloseTrajectory', note === undefined ? {} : { note });
const withdraw = (reason = 'The policy plan was cancelled.') => command('WithdrawTrajectory', { reason });

describe('closing a trajectory', () => {
  describe('when the college has responded', () => {
    it('closes the trajectory', () => {
      spec.given(responded).when(close()).then([closed]);
    });

    it('closes it with a note', () => {
      spec
        .given(responded)
        .when(close(' Implementation is followed in the yearly review. '))
        .then([event('AdviceTrajectoryClosed', { note: 'Implementation is followed in the yearly review.' })]);
    });

    it('leaves out a blank note', () => {
      spec.given(responded).when(close('  ')).then([closed]);
    });

    it('closes once an earlier dispute is resolved', () => {
      spec
        .given([...responded, disputeRaised, disputeResolved])
        .when(close())
        .then([closed]);
    });
  });

  describe('when a dispute is open', () => {
    it('refuses to close', () => {
      spec
        .given([...responded, disputeRaised])
        .when(close())
        .thenRefuses('ADVICE_TRAJECTORY.DISPUTE_OPEN', 'conflict');
    });
  });

  describe('when the advice awaits the college', () => {
    it('refuses to close', () => {
      spec.given(advised).when(close()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });

  describe('when no advice has been issued', () => {
    it('refuses to close', () => {
      spec.given([started]).when(close()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });
});

describe('withdrawing a trajectory', () => {
  describe('when no advice has been issued', () => {
    it('withdraws the trajectory with its reason', () => {
      spec.given([started]).when(withdraw(' The policy plan was cancelled. ')).then([withdrawn]);
    });

    it('refuses a withdrawal without a reason', () => {
      spec.given([started]).when(withdraw(' ')).thenRefuses('ADVICE_TRAJECTORY.WITHDRAWAL_REASON_MISSING', 'rule');
    });
  });

  describe('when the advice awaits the college', () => {
    it('withdraws the trajectory', () => {
      spec.given(advised).when(withdraw()).then([withdrawn]);
    });
  });

  describe('when a dispute is open', () => {
    it('withdraws the trajectory all the same', () => {
      spec
        .given([...advised, disputeRaised])
        .when(withdraw())
        .then([withdrawn]);
    });
  });
});
