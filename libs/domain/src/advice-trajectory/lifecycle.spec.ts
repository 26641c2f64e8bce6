import { specification } from '../testing';
import type { AdviceTrajectoryCommand } from './advice-trajectory.commands';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import {
  SIGNAL_ID,
  TABLE_ID,
  closed,
  command,
  disputeRaised,
  recommendations,
  responded,
  started,
  withdrawn,
} from './advice-trajectory.fixtures';

const spec = specification(adviceTrajectoryDecider);

/** One valid command of every type but the creating one. */
const everyCommand: [string, AdviceTrajectoryCommand][] = [
  [
    'agreeing the participation approach',
    command('AgreeParticipationApproach', { forms: ['panel'], phases: ['preparation'], roles: 'Council leads.' }),
  ],
  ['confirming the participation approach', command('ConfirmParticipationApproach', {})],
  ['linking a signal', command('LinkSignal', { signalId: SIGNAL_ID })],
  ['linking a temporary table', command('LinkTemporaryTable', { tableId: TABLE_ID })],
  [
    'issuing advice',
    command('IssueAdvice', { issuedOn: '2026-11-20', summary: 'S.', clientPerspective: 'C.', recommendations }),
  ],
  [
    'recording the college response',
    command('RecordCollegeResponse', {
      respondedOn: '2026-11-20',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    }),
  ],
  [
    'correcting the college response',
    command('CorrectCollegeResponse', {
      reason: 'Recommendation 1 was recorded wrongly.',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    }),
  ],
  [
    'attaching to a council proposal',
    command('AttachToCouncilProposal', { proposalRef: 'RV-2026-099', attachedOn: '2026-11-20' }),
  ],
  ['recording a council decision', command('RecordCouncilDecision', { decidedOn: '2026-11-20', decision: 'adopted' })],
  [
    'agreeing the implementation follow-up',
    command('AgreeImplementationFollowUp', { checkpoints: [{ dueOn: '2027-01-01', description: 'Review.' }] }),
  ],
  [
    'reporting implementation progress',
    command('ReportImplementationProgress', { recommendationNumber: 1, status: 'realised', reportedOn: '2026-11-20' }),
  ],
  ['raising a dispute', command('RaiseDispute', { reason: 'Agreement broken.' })],
  ['resolving a dispute', command('ResolveDispute', { resolution: 'Settled.' })],
  ['closing the trajectory', command('CloseTrajectory', {})],
  ['withdrawing the trajectory', command('WithdrawTrajectory', { reason: 'No longer needed.' })],
];

describe('a trajectory that does not exist', () => {
  describe('when no trajectory was started', () => {
    it.each(everyCommand)('refuses %s', (_behaviour, cmd) => {
      spec.given([]).when(cmd).thenRefuses('ADVICE_TRAJECTORY.NOT_FOUND', 'not-found');
    });
  });
});

describe('a trajectory that has ended', () => {
  describe('when the trajectory is closed', () => {
    it.each(everyCommand)('refuses %s', (_behaviour, cmd) => {
      spec
        .given([...responded, closed])
        .when(cmd)
        .thenRefuses('ADVICE_TRAJECTORY.ENDED', 'conflict');
    });
  });

  describe('when the trajectory is withdrawn', () => {
    it.each(everyCommand)('refuses %s', (_behaviour, cmd) => {
      spec.given([started, disputeRaised, withdrawn]).when(cmd).thenRefuses('ADVICE_TRAJECTORY.ENDED', 'conflict');
    });
  });
});
