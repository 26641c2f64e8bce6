import { specification } from '../testing';
import type { RecordCouncilDecision } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  advised,
  attachedToProposal,
  command,
  councilAdopted,
  councilPostponed,
  event,
  responded,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const decide = (overrides: Partial<RecordCouncilDecision['data']> = {}) =>
  command('RecordCouncilDecision', { decidedOn: '2026-11-05', decision: 'postponed', ...overrides });

const adopt = decide({
  decidedOn: '2026-11-19',
  decision: 'adopted',
  note: ' Adopted with the amendment on waiting times. ',
});

describe("recording the council's decision", () => {
  describe('when the advice is attached to a proposal', () => {
    it('records a postponement on that proposal', () => {
      spec.given(attachedToProposal).when(decide()).then([councilPostponed]);
    });

    it('records an adoption with its note', () => {
      spec.given(attachedToProposal).when(adopt).then([councilAdopted]);
    });

    it('refuses a decision dated before the advice was attached', () => {
      spec
        .given(attachedToProposal)
        .when(decide({ decidedOn: '2026-10-14' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });

    it('refuses a decision dated in the future', () => {
      spec
        .given(attachedToProposal)
        .when(decide({ decidedOn: '2026-11-24' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'rule');
    });

    it('refuses a decision date that is not a calendar date', () => {
      spec
        .given(attachedToProposal)
        .when(decide({ decidedOn: '05-11-2026' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_INVALID', 'rule');
    });
  });

  describe('when the council has postponed its decision', () => {
    it('records the later decision', () => {
      spec
        .given([...attachedToProposal, councilPostponed])
        .when(adopt)
        .then([councilAdopted]);
    });

    it('refuses a later decision dated before the postponement', () => {
      spec
        .given([...attachedToProposal, councilPostponed])
        .when(decide({ decidedOn: '2026-11-04', decision: 'adopted' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });
  });

  describe('when the council has decided on the proposal', () => {
    it('refuses another decision on it', () => {
      spec
        .given([...attachedToProposal, councilAdopted])
        .when(decide({ decidedOn: '2026-11-20', decision: 'rejected' }))
        .thenRefuses('ADVICE_TRAJECTORY.COUNCIL_ALREADY_DECIDED', 'conflict');
    });

    it('records a decision on a new proposal the advice is attached to', () => {
      const rejected = event('CouncilDecisionRecorded', {
        proposalRef: 'RV-2026-041',
        decidedOn: '2026-11-05',
        decision: 'rejected',
      });
      const reattached = event('AdviceAttachedToCouncilProposal', {
        proposalRef: 'RV-2026-060',
        attachedOn: '2026-11-10',
      });
      spec
        .given([...attachedToProposal, rejected, reattached])
        .when(decide({ decidedOn: '2026-11-19', decision: 'amended', note: '' }))
        .then([
          event('CouncilDecisionRecorded', {
            proposalRef: 'RV-2026-060',
            decidedOn: '2026-11-19',
            decision: 'amended',
          }),
        ]);
    });
  });

  describe('when the advice is not attached to a proposal', () => {
    it('refuses a council decision', () => {
      spec.given(responded).when(decide()).thenRefuses('ADVICE_TRAJECTORY.NOT_ATTACHED_TO_PROPOSAL', 'conflict');
    });
  });

  describe('when the college has not responded yet', () => {
    it('refuses a council decision', () => {
      spec.given(advised).when(decide()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });
});
