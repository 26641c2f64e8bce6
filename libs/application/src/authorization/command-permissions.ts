import type { Role } from './principal';

/**
 * Which roles may run which command: the one place where this is decided
 * (shared/api-contract.md, "Who may do what"). Roles inherit downwards: an admin may do
 * everything, a secretary everything a body member may. Evaluators and council members run
 * no commands. StartAdviceTrajectory depends on its kind: officials ask (solicited), body
 * members advise unasked (unsolicited).
 */
const BODY_MEMBER_COMMANDS = [
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
] as const;

const SECRETARY_COMMANDS = [
  'AppointMember',
  'EndMembership',
  'DraftParticipationAgenda',
  'AddAgendaItem',
  'RecordConsultation',
  'RecordSelfEvaluation',
  ...BODY_MEMBER_COMMANDS,
] as const;

const OFFICIAL_COMMANDS = [
  'StartAdviceTrajectory:solicited',
  'AgreeParticipationApproach',
  'LinkSignal',
  'LinkTemporaryTable',
  'RecordCollegeResponse',
  'AttachToCouncilProposal',
  'RecordCouncilDecision',
  'AgreeImplementationFollowUp',
  'ReportImplementationProgress',
  'RaiseDispute',
  'ResolveDispute',
  'CloseTrajectory',
  'WithdrawTrajectory',
] as const;

const ADMIN_COMMANDS = [
  'RegisterMunicipality',
  'EstablishParticipationBody',
  'StartPilot',
  'ForgetPerson',
  ...SECRETARY_COMMANDS,
  ...OFFICIAL_COMMANDS,
] as const;

export const COMMAND_PERMISSIONS: Readonly<Record<Role, ReadonlySet<string>>> = {
  admin: new Set(ADMIN_COMMANDS),
  secretary: new Set(SECRETARY_COMMANDS),
  'body-member': new Set(BODY_MEMBER_COMMANDS),
  official: new Set(OFFICIAL_COMMANDS),
  evaluator: new Set(),
  'council-member': new Set(),
};

/**
 * `permission` is the operationId, or `operationId:variant` where the contract splits a
 * command by its content (StartAdviceTrajectory:solicited).
 */
export function mayRun(roles: readonly Role[], permission: string): boolean {
  return roles.some((role) => COMMAND_PERMISSIONS[role].has(permission));
}

/** Every permission the table knows, for documentation and for the tests that walk it. */
export function allPermissions(): string[] {
  return [...COMMAND_PERMISSIONS.admin].sort();
}

/** True when the roles may run the operation in at least one of its variants. */
export function mayRunSomeVariant(roles: readonly Role[], operationId: string): boolean {
  return roles.some((role) =>
    [...COMMAND_PERMISSIONS[role]].some(
      (permission) => permission === operationId || permission.startsWith(`${operationId}:`),
    ),
  );
}
