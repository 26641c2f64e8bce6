import { specification } from '../testing';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { by, command, disputeRaised, disputeResolved, event, responded, started } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const raise = (reason = 'The response was sent months after the agreed date.') => command('RaiseDispute', { reason });
const resolve = (
  resolution = 'The alderman agreed to a fixed response time of six weeks.',
  role = 'dispute-committee',
) => by(role, command('ResolveDispute', { resolution }));

describe('raising a dispute', () => {
  describe('when no dispute is open', () => {
    it('raises the first dispute', () => {
      spec.given(responded).when(raise()).then([disputeRaised]);
    });

    it('raises a dispute before any advice is issued', () => {
      spec
        .given([started])
        .when(raise(' The table was planned without the council. '))
        .then([event('DisputeRaised', { disputeNumber: 1, reason: 'The table was planned without the council.' })]);
    });

    it('numbers a dispute after an earlier, resolved one', () => {
      spec
        .given([...responded, disputeRaised, disputeResolved])
        .when(raise('The follow-up meeting was cancelled.'))
        .then([event('DisputeRaised', { disputeNumber: 2, reason: 'The follow-up meeting was cancelled.' })]);
    });

    it('refuses a dispute without a reason', () => {
      spec.given(responded).when(raise(' ')).thenRefuses('ADVICE_TRAJECTORY.DISPUTE_REASON_MISSING', 'rule');
    });
  });

  describe('when a dispute is open', () => {
    it('refuses a second dispute', () => {
      spec
        .given([...responded, disputeRaised])
        .when(raise('Another matter.'))
        .thenRefuses('ADVICE_TRAJECTORY.DISPUTE_ALREADY_OPEN', 'conflict');
    });
  });
});

describe('resolving a dispute', () => {
  describe('when a dispute is open', () => {
    it('lets the dispute committee resolve it', () => {
      spec
        .given([...responded, disputeRaised])
        .when(resolve())
        .then([disputeResolved]);
    });

    it.each(['official', 'secretary', 'body-member', 'admin'])(
      'refuses a resolution by the %s, who is no independent committee',
      (role) => {
        spec
          .given([...responded, disputeRaised])
          .when(resolve(undefined, role))
          .thenRefuses('ADVICE_TRAJECTORY.DISPUTE_COMMITTEE_ONLY', 'rule');
      },
    );

    it('refuses a resolution that says nothing', () => {
      spec
        .given([...responded, disputeRaised])
        .when(resolve(''))
        .thenRefuses('ADVICE_TRAJECTORY.DISPUTE_RESOLUTION_MISSING', 'rule');
    });
  });

  describe('when no dispute is open', () => {
    it('refuses a resolution', () => {
      spec.given(responded).when(resolve()).thenRefuses('ADVICE_TRAJECTORY.NO_OPEN_DISPUTE', 'conflict');
    });

    it('refuses to resolve a dispute twice', () => {
      spec
        .given([...responded, disputeRaised, disputeResolved])
        .when(resolve())
        .thenRefuses('ADVICE_TRAJECTORY.NO_OPEN_DISPUTE', 'conflict');
    });
  });
});
