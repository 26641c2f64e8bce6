import { specification } from '../testing';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  adviceIssued,
  advised,
  by,
  command,
  disputeRaised,
  responded,
  started,
  startedUnsolicited,
  withdrawn,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const withdraw = (role: string, reason = 'The policy plan was cancelled.') =>
  by(role, command('WithdrawTrajectory', { reason }));

describe('withdrawing a trajectory', () => {
  describe('when the municipality asked for advice that has not been issued', () => {
    it('lets the official withdraw the request with its reason', () => {
      spec.given([started]).when(withdraw('official', ' The policy plan was cancelled. ')).then([withdrawn]);
    });

    it('withdraws the request even while a dispute is open', () => {
      spec.given([started, disputeRaised]).when(withdraw('official')).then([withdrawn]);
    });

    it('refuses a withdrawal without a reason', () => {
      spec
        .given([started])
        .when(withdraw('official', ' '))
        .thenRefuses('ADVICE_TRAJECTORY.WITHDRAWAL_REASON_MISSING', 'rule');
    });

    it("refuses the body withdrawing the municipality's request", () => {
      spec
        .given([started])
        .when(withdraw('secretary'))
        .thenRefuses('ADVICE_TRAJECTORY.REQUEST_IS_THE_MUNICIPALITYS', 'conflict');
    });
  });

  describe('when the advice has been issued and awaits the college', () => {
    it('refuses the official: the college answers the advice in writing', () => {
      spec.given(advised).when(withdraw('official')).thenRefuses('ADVICE_TRAJECTORY.ADVICE_CANNOT_VANISH', 'conflict');
    });

    it("lets the secretary withdraw the body's advice", () => {
      spec.given(advised).when(withdraw('secretary')).then([withdrawn]);
    });

    it('lets a member of the body withdraw its advice, even while a dispute is open', () => {
      spec
        .given([...advised, disputeRaised])
        .when(withdraw('body-member'))
        .then([withdrawn]);
    });
  });

  describe('when the college has responded', () => {
    it('refuses the official', () => {
      spec
        .given(responded)
        .when(withdraw('official'))
        .thenRefuses('ADVICE_TRAJECTORY.ADVICE_CANNOT_VANISH', 'conflict');
    });

    it('lets the body withdraw its advice', () => {
      spec.given(responded).when(withdraw('body-member')).then([withdrawn]);
    });
  });

  describe('when the body started unsolicited advice', () => {
    it("refuses the official before the advice is issued: it was never the municipality's request", () => {
      spec
        .given([startedUnsolicited])
        .when(withdraw('official'))
        .thenRefuses('ADVICE_TRAJECTORY.NOT_THE_MUNICIPALITYS_TO_WITHDRAW', 'rule');
    });

    it('refuses the official once the unsolicited advice is issued', () => {
      spec
        .given([startedUnsolicited, adviceIssued])
        .when(withdraw('official'))
        .thenRefuses('ADVICE_TRAJECTORY.NOT_THE_MUNICIPALITYS_TO_WITHDRAW', 'rule');
    });

    it('lets the body withdraw its own trajectory before advising', () => {
      spec.given([startedUnsolicited]).when(withdraw('body-member')).then([withdrawn]);
    });

    it('lets the body withdraw its issued advice', () => {
      spec.given([startedUnsolicited, adviceIssued]).when(withdraw('secretary')).then([withdrawn]);
    });
  });

  describe('when the actor is no party to the trajectory', () => {
    it.each(['admin', 'evaluator', 'council-member', 'dispute-committee'])('refuses a withdrawal by %s', (role) => {
      spec.given(advised).when(withdraw(role)).thenRefuses('ADVICE_TRAJECTORY.WITHDRAWAL_NOT_PERMITTED', 'rule');
    });
  });
});
