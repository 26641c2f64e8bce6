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
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const close = (note?: string) => command('CloseTrajectory', note === undefined ? {} : { note });

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
