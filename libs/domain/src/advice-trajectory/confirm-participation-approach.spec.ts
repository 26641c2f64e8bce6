import { specification } from '../testing';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  adviceIssued,
  approachAgreed,
  approachConfirmed,
  approachProposed,
  by,
  command,
  event,
  started,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const confirm = (role: string) => by(role, command('ConfirmParticipationApproach', {}));

const proposedByBody = event('ParticipationApproachProposed', { ...approachProposed.data, proposedBy: 'body' });

describe('confirming the participation approach', () => {
  describe('when the municipality proposed the approach', () => {
    it.each(['secretary', 'body-member'])('makes it agreed when the %s confirms for the body', (role) => {
      spec.given([started, approachProposed]).when(confirm(role)).then([approachConfirmed]);
    });

    it('refuses the official confirming the proposal of their own side', () => {
      spec
        .given([started, approachProposed])
        .when(confirm('official'))
        .thenRefuses('ADVICE_TRAJECTORY.PROPOSER_CANNOT_CONFIRM', 'rule');
    });

    it('refuses a confirmation by someone who is no party', () => {
      spec
        .given([started, approachProposed])
        .when(confirm('admin'))
        .thenRefuses('ADVICE_TRAJECTORY.NOT_A_PARTY', 'rule');
    });
  });

  describe('when the body proposed the approach', () => {
    it('makes it agreed when the official confirms', () => {
      spec
        .given([started, proposedByBody])
        .when(confirm('official'))
        .then([
          event('ParticipationApproachConfirmed', {
            ...approachConfirmed.data,
            proposedBy: 'body',
            confirmedBy: 'municipality',
          }),
        ]);
    });

    it("refuses a member confirming the body's own proposal", () => {
      spec
        .given([started, proposedByBody])
        .when(confirm('body-member'))
        .thenRefuses('ADVICE_TRAJECTORY.PROPOSER_CANNOT_CONFIRM', 'rule');
    });
  });

  describe('when nothing awaits confirmation', () => {
    it('refuses a confirmation before any proposal', () => {
      spec
        .given([started])
        .when(confirm('secretary'))
        .thenRefuses('ADVICE_TRAJECTORY.NO_APPROACH_PROPOSED', 'conflict');
    });

    it('refuses to confirm an agreed approach twice', () => {
      spec
        .given([started, approachProposed, approachConfirmed])
        .when(confirm('secretary'))
        .thenRefuses('ADVICE_TRAJECTORY.NO_APPROACH_PROPOSED', 'conflict');
    });

    it('refuses to confirm an approach the first version recorded as agreed', () => {
      spec
        .given([started, approachAgreed])
        .when(confirm('secretary'))
        .thenRefuses('ADVICE_TRAJECTORY.NO_APPROACH_PROPOSED', 'conflict');
    });
  });

  describe('when the advice has been issued', () => {
    it('refuses a confirmation after the fact', () => {
      spec
        .given([started, approachProposed, adviceIssued])
        .when(confirm('secretary'))
        .thenRefuses('ADVICE_TRAJECTORY.APPROACH_AFTER_ADVICE', 'conflict');
    });
  });
});
