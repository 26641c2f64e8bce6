import type { AdviceTrajectoryCommand } from './advice-trajectory.commands';
import type { AdviceTrajectoryEvent } from './advice-trajectory.events';

/** Fixed ids, dates and builders for the advice trajectory's specifications. */
export const TRAJECTORY_ID = 'c0a80101-0000-4000-8000-000000000001';
export const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
export const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000000c1';
export const TABLE_ID = 'c0a80101-0000-4000-8000-0000000000d1';

/** Commands arrive on 23 November 2026; `TODAY` is that day in the Netherlands. */
export const TODAY = '2026-11-23';
export const context = { now: '2026-11-23T10:00:00+01:00', actor: { id: 'official-1', role: 'official' } };

type CommandType = AdviceTrajectoryCommand['type'];
type CommandOf<T extends CommandType> = Extract<AdviceTrajectoryCommand, { type: T }>;
type EventType = AdviceTrajectoryEvent['type'];
type EventOf<T extends EventType> = Extract<AdviceTrajectoryEvent, { type: T }>;

/** A command on the fixture trajectory. */
export function command<T extends CommandType>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'trajectoryId'>,
): CommandOf<T> {
  return { type, context, data: { trajectoryId: TRAJECTORY_ID, ...data } } as unknown as CommandOf<T>;
}

/** The command as the given role sends it (`official-1`, `secretary-1`, …). */
export function by<T extends AdviceTrajectoryCommand>(role: string, sent: T): T {
  return { ...sent, context: { ...sent.context, actor: { id: `${role}-1`, role } } };
}

/** An event of the fixture trajectory. */
export function event<T extends EventType>(type: T, data: Omit<EventOf<T>['data'], 'trajectoryId'>): EventOf<T> {
  return { type, data: { trajectoryId: TRAJECTORY_ID, ...data } } as unknown as EventOf<T>;
}

export const started = event('AdviceTrajectoryStarted', {
  municipalityCode: 'GM0375',
  bodyId: BODY_ID,
  kind: 'solicited',
  subject: 'Beleidsplan Wmo 2027-2030',
  domain: 'wmo',
  policyPhase: 'preparation',
  responseDueOn: '2026-10-15',
  question: 'How do residents find the support they need?',
});

export const startedUnsolicited = event('AdviceTrajectoryStarted', {
  municipalityCode: 'GM0375',
  bodyId: BODY_ID,
  kind: 'unsolicited',
  subject: 'Eenzaamheid onder ouderen',
  domain: 'wmo',
  policyPhase: 'agenda-setting',
});

export const approachAgreed = event('ParticipationApproachAgreed', {
  forms: ['theme-table', 'survey'],
  phases: ['preparation', 'evaluation'],
  roles: 'The council hosts the table; the policy officer writes the draft.',
});

/** The municipality's proposal, and the body's confirmation that makes it agreed. */
export const approachProposed = event('ParticipationApproachProposed', {
  forms: ['theme-table', 'survey'],
  phases: ['preparation', 'evaluation'],
  roles: 'The council hosts the table; the policy officer writes the draft.',
  proposedBy: 'municipality',
});

export const approachConfirmed = event('ParticipationApproachConfirmed', {
  forms: ['theme-table', 'survey'],
  phases: ['preparation', 'evaluation'],
  roles: 'The council hosts the table; the policy officer writes the draft.',
  proposedBy: 'municipality',
  confirmedBy: 'body',
});

export const signalLinked = event('SignalLinked', { signalId: SIGNAL_ID });
export const tableLinked = event('TemporaryTableLinked', { tableId: TABLE_ID });

export const recommendations = [
  { number: 1, text: 'Keep the neighbourhood teams as the single front door.' },
  { number: 2, text: 'Publish waiting times per district every quarter.' },
  { number: 3, text: 'Let experts by experience review every new form.' },
];

export const adviceIssued = event('AdviceIssued', {
  version: 1,
  supersedesVersion: null,
  issuedOn: '2026-09-01',
  summary: 'Make access to support simpler and visible.',
  clientPerspective: 'Clients lose their way between counters and forms.',
  recommendations,
});

export const adviceRevised = event('AdviceIssued', {
  version: 2,
  supersedesVersion: 1,
  issuedOn: '2026-09-10',
  summary: 'Make access to support simpler.',
  clientPerspective: 'Clients lose their way between counters and forms.',
  recommendations: [{ number: 1, text: 'Keep the neighbourhood teams as the single front door.' }],
});

export const collegeResponded = event('CollegeResponseRecorded', {
  adviceVersion: 1,
  respondedOn: '2026-10-01',
  decisions: [
    { recommendationNumber: 1, decision: 'adopted' },
    { recommendationNumber: 2, decision: 'partially-adopted', reasoning: 'Twice a year fits the reporting cycle.' },
    { recommendationNumber: 3, decision: 'not-adopted', reasoning: 'Forms are set by national law.' },
  ],
  documentRef: 'Z/26/123456',
});

export const attached = event('AdviceAttachedToCouncilProposal', {
  proposalRef: 'RV-2026-041',
  attachedOn: '2026-10-15',
});

export const councilPostponed = event('CouncilDecisionRecorded', {
  proposalRef: 'RV-2026-041',
  decidedOn: '2026-11-05',
  decision: 'postponed',
});

export const councilAdopted = event('CouncilDecisionRecorded', {
  proposalRef: 'RV-2026-041',
  decidedOn: '2026-11-19',
  decision: 'adopted',
  note: 'Adopted with the amendment on waiting times.',
});

export const followUpAgreed = event('ImplementationFollowUpAgreed', {
  checkpoints: [
    { dueOn: '2027-03-01', description: 'First report on the front door.' },
    { dueOn: '2027-09-01', description: 'Waiting times published per district.' },
  ],
});

export const progressReported = event('ImplementationProgressReported', {
  recommendationNumber: 1,
  status: 'in-progress',
  reportedOn: '2026-11-20',
});

export const disputeRaised = event('DisputeRaised', {
  disputeNumber: 1,
  reason: 'The response was sent months after the agreed date.',
});

export const disputeResolved = event('DisputeResolved', {
  disputeNumber: 1,
  resolution: 'The alderman agreed to a fixed response time of six weeks.',
});

export const closed = event('AdviceTrajectoryClosed', {});
export const withdrawn = event('AdviceTrajectoryWithdrawn', { reason: 'The policy plan was cancelled.' });

export const advised: AdviceTrajectoryEvent[] = [started, adviceIssued];
export const responded: AdviceTrajectoryEvent[] = [...advised, collegeResponded];
export const attachedToProposal: AdviceTrajectoryEvent[] = [...responded, attached];

/** A regional advice: one trajectory of Velsen's, addressed to the three IJmond colleges (seed 001, 4.3). */
export const IJMOND = ['GM0375', 'GM0396', 'GM0453'];

export const startedRegional = event('AdviceTrajectoryStarted', { ...started.data, addressedTo: IJMOND });

/** The response of one IJmond college: the same answers as `collegeResponded`, named by municipality. */
export function collegeOf(municipalityCode: string): AdviceTrajectoryEvent {
  return event('CollegeResponseRecorded', { ...collegeResponded.data, municipalityCode });
}

export const regionalAdvised: AdviceTrajectoryEvent[] = [startedRegional, adviceIssued];
export const regionalResponded: AdviceTrajectoryEvent[] = [...regionalAdvised, ...IJMOND.map(collegeOf)];
