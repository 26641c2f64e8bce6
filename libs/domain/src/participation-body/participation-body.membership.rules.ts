import { DomainError, ensure } from '../kit';
import { isFilledIn } from './participation-body.rules';
import type { EstablishedParticipationBody } from './participation-body.state';
import { MEMBER_PROFILE_FIELDS, type MemberProfile } from './participation-body.values';

export function memberMustNotBeActiveYet(body: EstablishedParticipationBody, memberId: string): void {
  ensure(
    !body.members.some((member) => member.memberId === memberId),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.MEMBER_ALREADY_ACTIVE',
        'This person is already an active member of the participation body.',
        'conflict',
      ),
  );
}

/** An unknown member is not found (404); a member whose membership already ended is a conflict (409). */
export function membershipMustBeActive(body: EstablishedParticipationBody, memberId: string): void {
  ensure(
    body.members.some((member) => member.memberId === memberId) || body.formerMemberIds.includes(memberId),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.MEMBER_NOT_FOUND',
        'This person was never a member of the participation body.',
        'not-found',
      ),
  );
  ensure(
    !body.formerMemberIds.includes(memberId),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.MEMBERSHIP_ALREADY_ENDED',
        "This member's membership has already ended.",
        'conflict',
      ),
  );
}

export function memberNeedsADisplayName(displayName: string): void {
  ensure(
    isFilledIn(displayName),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPLAY_NAME_MISSING',
        'A member needs a name to be known by.',
        'rule',
        'displayName',
      ),
  );
}

export function expertiseMustBeNamedOnce(expertise: readonly string[]): void {
  expertise.forEach((kind, index) =>
    ensure(
      expertise.indexOf(kind) === index,
      () =>
        new DomainError(
          'PARTICIPATION_BODY.EXPERTISE_REPEATED',
          `The expertise ${kind} is named more than once.`,
          'rule',
          `expertise[${index}]`,
        ),
    ),
  );
}

/** Focus areas are optional, but each one given is filled in; answers them without surrounding spaces. */
export function focusAreasMustBeFilledIn(focusAreas: readonly string[] = []): string[] {
  return focusAreas.map((area, index) => {
    ensure(
      isFilledIn(area),
      () =>
        new DomainError(
          'PARTICIPATION_BODY.FOCUS_AREA_MISSING',
          'Each focus area of a member must be filled in.',
          'rule',
          `focusAreas[${index}]`,
        ),
    );
    return area.trim();
  });
}

export function endingAMembershipNeedsAReason(reason: string): void {
  ensure(
    isFilledIn(reason),
    () => new DomainError('PARTICIPATION_BODY.REASON_MISSING', 'Ending a membership needs a reason.', 'rule', 'reason'),
  );
}

/** One login belongs to one current member of the body. */
export function subjectMustNotBeACurrentMemberYet(
  body: EstablishedParticipationBody,
  subject: string | undefined,
): void {
  ensure(
    subject === undefined || !body.members.some((member) => member.subject === subject),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.SUBJECT_ALREADY_MEMBER',
        'This login already belongs to a current member of the participation body.',
        'conflict',
        'subject',
      ),
  );
}

/**
 * The self-declared profile, trimmed, without empty attributes; recorded only when the member
 * consented, and left out when nothing was declared.
 */
export function profileNeedsConsent(profile: MemberProfile | undefined, consent: unknown): MemberProfile | undefined {
  if (profile === undefined || profile === null) return undefined;
  const declared: Partial<Record<keyof MemberProfile, string>> = {};
  MEMBER_PROFILE_FIELDS.forEach((field) => {
    const value = profile[field];
    if (isFilledIn(value)) declared[field] = value.trim();
  });
  if (Object.keys(declared).length === 0) return undefined;
  ensure(
    consent === true,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.PROFILE_CONSENT_MISSING',
        "A member's profile is recorded only with the member's consent.",
        'rule',
        'profileConsent',
      ),
  );
  return declared;
}

/** Working groups are optional; each one given is filled in and named once. Answers them trimmed. */
export function workingGroupsMustBeNamedOnce(workingGroups: readonly string[] = []): string[] {
  const trimmed = workingGroups.map((group, index) => {
    ensure(
      isFilledIn(group),
      () =>
        new DomainError(
          'PARTICIPATION_BODY.WORKING_GROUP_MISSING',
          'Each working group of a member must be filled in.',
          'rule',
          `workingGroups[${index}]`,
        ),
    );
    return group.trim();
  });
  trimmed.forEach((group, index) =>
    ensure(
      trimmed.indexOf(group) === index,
      () =>
        new DomainError(
          'PARTICIPATION_BODY.WORKING_GROUP_REPEATED',
          `The working group ${group} is named more than once.`,
          'rule',
          `workingGroups[${index}]`,
        ),
    ),
  );
  return trimmed;
}
