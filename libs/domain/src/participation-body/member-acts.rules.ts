import type { BodyMember, ParticipationBodyState } from './participation-body.state';

/*
 * "The council acts through its members" (shared/domain.md, second reading): advice is issued by
 * members of that body, and the flexible shell brings signals (seed 000, 2), it does not sign
 * advice. The application wires these to logins: a `body-member` token's `sub` is looked up in
 * the body's stream, and a command the member may not run there is refused with 403.
 */

/**
 * What a body member does for the body that depends on being a member of it. `speak-for-body`
 * is the body's side of a joint agreement or a dispute (the agenda, a body dispute).
 */
export const BODY_ACTS = [
  'issue-advice',
  'start-unsolicited-advice',
  'withdraw-advice',
  'speak-for-body',
  'record-signal',
] as const;
export type BodyAct = (typeof BODY_ACTS)[number];

/** The current membership of the login `subject` in this body, if any. */
export function currentMembershipOf(body: ParticipationBodyState, subject: string): BodyMember | undefined {
  if (body.status !== 'established') return undefined;
  return body.members.find((member) => member.subject === subject);
}

export function isCurrentMember(body: ParticipationBodyState, subject: string): boolean {
  return currentMembershipOf(body, subject) !== undefined;
}

/**
 * Whether the login may do `act` for this body: a current member may do all of them, except
 * that a member of the flexible shell may record signals only.
 */
export function mayActForBody(body: ParticipationBodyState, subject: string, act: BodyAct): boolean {
  const member = currentMembershipOf(body, subject);
  if (member === undefined) return false;
  return member.role !== 'flexible-shell' || act === 'record-signal';
}
