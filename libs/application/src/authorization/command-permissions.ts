import type { OperationId, Permission } from '../commands/command-definition';
import type { Role } from './principal';

/**
 * Which roles may run which command: the one place where this is decided
 * (shared/api-contract.md, "Who may do what"). Roles inherit downwards: an admin may do
 * everything the parties may, a secretary everything a body member may. Evaluators only record
 * findings on pilots, council members run no commands; the dispute committee only settles disputes. StartAdviceTrajectory depends on its kind: officials ask (solicited), body
 * members advise unasked (unsolicited).
 */
const BODY_MEMBER_COMMANDS: readonly Permission[] = [
  'RecordSignal',
  'AssessSignal',
  'ReferSignal',
  'ClusterSignals',
  'CloseSignal',
  'OpenTemporaryTable',
  'RegisterParticipant',
  'HoldSession',
  'RecordContribution',
  'CloseTemporaryTable',
  'StartAdviceTrajectory:unsolicited',
  'LinkSignal',
  'LinkTemporaryTable',
  'IssueAdvice',
  'RaiseDispute',
  // The body's side of a joint approach, and of withdrawing its own advice (second round).
  'AgreeParticipationApproach',
  'ConfirmParticipationApproach',
  'WithdrawTrajectory',
  'RaiseBodyDispute',
  'AgreeParticipationAgenda',
  // The advice letter, a session's minutes and a table's report (#21).
  'AttachDocument',
  'AttachTableDocument',
];

const SECRETARY_COMMANDS: readonly Permission[] = [
  'AppointMember',
  'EndMembership',
  'DraftParticipationAgenda',
  'AddAgendaItem',
  'RecordConsultation',
  'RecordSelfEvaluation',
  // A consultation's notes, by who recorded the consultation (#21).
  'AttachBodyDocument',
  ...BODY_MEMBER_COMMANDS,
];

const OFFICIAL_COMMANDS: readonly Permission[] = [
  'StartAdviceTrajectory:solicited',
  'AgreeParticipationApproach',
  'ConfirmParticipationApproach',
  'LinkSignal',
  'LinkTemporaryTable',
  'RecordCollegeResponse',
  'CorrectCollegeResponse',
  'AttachToCouncilProposal',
  'RecordCouncilDecision',
  'AgreeImplementationFollowUp',
  'ReportImplementationProgress',
  'RaiseDispute',
  'CloseTrajectory',
  'WithdrawTrajectory',
  'RaiseBodyDispute',
  'AgreeParticipationAgenda',
  // The municipality's own items on the yearly agenda (second round).
  'AddAgendaItem',
  // The college's letters and the council proposal (#21).
  'AttachDocument',
];

const ADMIN_COMMANDS: readonly Permission[] = [
  'RegisterMunicipality',
  'SetParticipationRegulation',
  'EstablishParticipationBody',
  'StartPilot',
  'ForgetPerson',
  // Four eyes: a different admin confirms; the decider refuses the one who asked.
  'ConfirmForgetPerson',
  ...SECRETARY_COMMANDS,
  ...OFFICIAL_COMMANDS,
];

export const COMMAND_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  admin: new Set(ADMIN_COMMANDS),
  secretary: new Set(SECRETARY_COMMANDS),
  'body-member': new Set(BODY_MEMBER_COMMANDS),
  official: new Set(OFFICIAL_COMMANDS),
  // Evaluators record findings beside the yardsticks (seed 004, "Evaluatie"); nothing else.
  evaluator: new Set(['RecordEvaluationFinding']),
  'council-member': new Set(),
  /*
   * Independent of both parties (seed 003, condition 1): it settles disputes and nothing else,
   * and no party, the admin included, settles them in its place.
   */
  'dispute-committee': new Set(['ResolveDispute', 'ResolveBodyDispute']),
  // Supervises who read personal data (ListPersonalDataAccess); runs no command.
  'data-protection-officer': new Set(),
};

/** True when one of the roles may run the operation, or this variant of it (`StartAdviceTrajectory:solicited`). */
export function mayRun(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => COMMAND_PERMISSIONS[role].has(permission));
}

/** Every permission the table knows, for documentation and for the tests that walk it. */
export function allPermissions(): Permission[] {
  return [...new Set(Object.values(COMMAND_PERMISSIONS).flatMap((permissions) => [...permissions]))].sort();
}

/** True when the roles may run the operation in at least one of its variants. */
export function mayRunSomeVariant(roles: readonly Role[], operationId: OperationId): boolean {
  return roles.some((role) =>
    [...COMMAND_PERMISSIONS[role]].some(
      (permission) => permission === operationId || permission.startsWith(`${operationId}:`),
    ),
  );
}
