import { fold } from '../kit';
import { specification } from '../testing';
import type { RecordCollegeResponse } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  collegeOf,
  collegeResponded,
  command,
  event,
  recommendations,
  regionalAdvised,
  regionalResponded,
} from './advice-trajectory.fixtures';
import { collegesYetToRespond, isOverdue } from './advice-trajectory.state';

const spec = specification(adviceTrajectoryDecider);

const respond = (overrides: Partial<RecordCollegeResponse['data']> = {}) =>
  command('RecordCollegeResponse', {
    respondedOn: collegeResponded.data.respondedOn,
    decisions: collegeResponded.data.decisions,
    documentRef: collegeResponded.data.documentRef,
    ...overrides,
  });

const attach = (municipalityCode: string | undefined, proposalRef = 'RV-2026-041') =>
  command('AttachToCouncilProposal', {
    proposalRef,
    attachedOn: '2026-10-15',
    ...(municipalityCode === undefined ? {} : { municipalityCode }),
  });

const attachedIn = (municipalityCode: string, proposalRef = 'RV-2026-041') =>
  event('AdviceAttachedToCouncilProposal', { proposalRef, attachedOn: '2026-10-15', municipalityCode });

describe('a regional advice addressed to three municipalities', () => {
  describe('when the advice awaits the colleges', () => {
    it("records one college's response, named by its municipality", () => {
      spec
        .given(regionalAdvised)
        .when(respond({ municipalityCode: 'GM0396' }))
        .then([collegeOf('GM0396')]);
    });

    it('refuses a response that does not name the college', () => {
      spec.given(regionalAdvised).when(respond()).thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_CODE_REQUIRED', 'rule');
    });

    it('refuses a response from a college the advice is not addressed to', () => {
      spec
        .given(regionalAdvised)
        .when(respond({ municipalityCode: 'GM0363' }))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_NOT_ADDRESSED', 'rule');
    });
  });

  describe('when one college has responded', () => {
    const oneAnswered = [...regionalAdvised, collegeOf('GM0375')];

    it("records the next college's response", () => {
      spec
        .given(oneAnswered)
        .when(respond({ municipalityCode: 'GM0453' }))
        .then([collegeOf('GM0453')]);
    });

    it('refuses a second response from the same college', () => {
      spec
        .given(oneAnswered)
        .when(respond({ municipalityCode: 'GM0375' }))
        .thenRefuses('ADVICE_TRAJECTORY.RESPONSE_ALREADY_RECORDED', 'conflict');
    });

    it('is not yet answered and is overdue after the deadline', () => {
      const state = fold(adviceTrajectoryDecider, oneAnswered);
      expect(state.status).toBe('advice-issued');
      expect(collegesYetToRespond(state)).toEqual(['GM0396', 'GM0453']);
      expect(isOverdue(state, '2026-10-16')).toBe(true);
    });

    it('refuses to revise the advice one college has answered', () => {
      spec
        .given(oneAnswered)
        .when(
          command('IssueAdvice', {
            issuedOn: '2026-09-10',
            summary: 'Revised.',
            clientPerspective: 'Clients.',
            recommendations,
          }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.ADVICE_ALREADY_ANSWERED', 'conflict');
    });

    it("attaches the advice to that municipality's council proposal", () => {
      spec
        .given(oneAnswered)
        .when(attach('GM0375'))
        .then([attachedIn('GM0375')]);
    });

    it('refuses a council proposal where the college has not responded', () => {
      spec.given(oneAnswered).when(attach('GM0396')).thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });

    it('refuses to agree the implementation follow-up before every college has responded', () => {
      spec
        .given(oneAnswered)
        .when(
          command('AgreeImplementationFollowUp', { checkpoints: [{ dueOn: '2027-01-01', description: 'Review.' }] }),
        )
        .thenRefuses('ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED', 'conflict');
    });
  });

  describe('when every college has responded', () => {
    it('is answered', () => {
      const state = fold(adviceTrajectoryDecider, regionalResponded);
      expect(state.status).toBe('responded');
      expect(collegesYetToRespond(state)).toEqual([]);
      expect(isOverdue(state, '2027-01-01')).toBe(false);
    });

    it('attaches the advice to a proposal with the same reference in another municipality', () => {
      spec
        .given([...regionalResponded, attachedIn('GM0375')])
        .when(attach('GM0396'))
        .then([attachedIn('GM0396')]);
    });

    it('refuses the same proposal twice in one municipality', () => {
      spec
        .given([...regionalResponded, attachedIn('GM0375')])
        .when(attach('GM0375'))
        .thenRefuses('ADVICE_TRAJECTORY.ALREADY_ATTACHED_TO_PROPOSAL', 'conflict');
    });

    it('refuses a council proposal that does not name the municipality', () => {
      spec
        .given(regionalResponded)
        .when(attach(undefined))
        .thenRefuses('ADVICE_TRAJECTORY.MUNICIPALITY_CODE_REQUIRED', 'rule');
    });
  });

  describe('when each council decides on its own proposal', () => {
    const bothAttached = [...regionalResponded, attachedIn('GM0375'), attachedIn('GM0396')];
    const decide = (municipalityCode: string, decision: 'adopted' | 'rejected') =>
      command('RecordCouncilDecision', { decidedOn: '2026-11-05', decision, municipalityCode });

    it("records one council's decision on its proposal", () => {
      spec
        .given(bothAttached)
        .when(decide('GM0396', 'rejected'))
        .then([
          event('CouncilDecisionRecorded', {
            proposalRef: 'RV-2026-041',
            decidedOn: '2026-11-05',
            decision: 'rejected',
            municipalityCode: 'GM0396',
          }),
        ]);
    });

    it("keeps each council's decision with its own proposal", () => {
      const decided = event('CouncilDecisionRecorded', {
        proposalRef: 'RV-2026-041',
        decidedOn: '2026-11-05',
        decision: 'adopted',
        municipalityCode: 'GM0375',
      });
      const state = fold(adviceTrajectoryDecider, [...bothAttached, decided]);
      expect(state).toMatchObject({
        proposals: [
          { municipalityCode: 'GM0375', decisions: [{ decision: 'adopted' }] },
          { municipalityCode: 'GM0396', decisions: [] },
        ],
      });
      spec
        .given([...bothAttached, decided])
        .when(decide('GM0396', 'adopted'))
        .then([event('CouncilDecisionRecorded', { ...decided.data, municipalityCode: 'GM0396' })]);
    });

    it('refuses a decision where the advice is attached to no proposal', () => {
      spec
        .given(bothAttached)
        .when(decide('GM0453', 'adopted'))
        .thenRefuses('ADVICE_TRAJECTORY.NOT_ATTACHED_TO_PROPOSAL', 'conflict');
    });
  });
});
