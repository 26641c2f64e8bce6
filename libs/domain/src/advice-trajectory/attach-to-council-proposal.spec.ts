import { specification } from '../testing';
import type { AttachToCouncilProposal } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { advised, attached, attachedToProposal, command, event, responded } from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

const attach = (overrides: Partial<AttachToCouncilProposal['data']> = {}) =>
  command('AttachToCouncilProposal', { proposalRef: 'RV-2026-041', attachedOn: '2026-10-15', ...overrides });

describe('attaching the advice to a council proposal', () => {
  describe('when the college has responded', () => {
    it('attaches the advice to the proposal', () => {
      spec
        .given(responded)
        .when(attach({ proposalRef: ' RV-2026-041 ' }))
        .then([attached]);
    });

    it("records the council information system's page of the proposal", () => {
      spec
        .given(responded)
        .when(attach({ proposalUrl: ' https://velsen.raadsinformatie.nl/document/RV-2026-041 ' }))
        .then([
          event('AdviceAttachedToCouncilProposal', {
            ...attached.data,
            proposalUrl: 'https://velsen.raadsinformatie.nl/document/RV-2026-041',
          }),
        ]);
    });

    it('refuses a municipality the advice is not addressed to', () => {
      spec
        .given(responded)
        .when(attach({ municipalityCode: 'GM0396' }))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_NOT_ADDRESSED', 'rule');
    });

    it('refuses a proposal without a reference', () => {
      spec
        .given(responded)
        .when(attach({ proposalRef: ' ' }))
        .thenRefuses('ADVICE_TRAJECTORY.PROPOSAL_REF_MISSING', 'rule');
    });

    it('refuses an attachment dated before the college responded', () => {
      spec
        .given(responded)
        .when(attach({ attachedOn: '2026-09-30' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'rule');
    });

    it('refuses an attachment dated in the future', () => {
      spec
        .given(responded)
        .when(attach({ attachedOn: '2027-01-01' }))
        .thenRefuses('ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'rule');
    });
  });

  describe('when the advice is attached to a proposal', () => {
    it('refuses to attach it to the same proposal again', () => {
      spec
        .given(attachedToProposal)
        .when(attach())
        .thenRefuses('ADVICE_TRAJECTORY.ALREADY_ATTACHED_TO_PROPOSAL', 'conflict');
    });

    it('attaches it to another proposal as well', () => {
      spec
        .given(attachedToProposal)
        .when(attach({ proposalRef: 'RV-2026-052', attachedOn: '2026-11-01' }))
        .then([event('AdviceAttachedToCouncilProposal', { proposalRef: 'RV-2026-052', attachedOn: '2026-11-01' })]);
    });
  });

  describe('when the college has not responded yet', () => {
    it('refuses to attach the advice', () => {
      spec.given(advised).when(attach()).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });
});
