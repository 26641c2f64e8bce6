import { DomainError, ensure } from '../kit';
import { isFilledIn } from './participation-body.rules';
import type { EstablishedParticipationBody } from './participation-body.state';

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
