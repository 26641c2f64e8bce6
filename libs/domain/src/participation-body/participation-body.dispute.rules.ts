import { DomainError, ensure } from '../kit';
import { isFilledIn } from './participation-body.rules';
import type { BodyDispute, EstablishedParticipationBody } from './participation-body.state';
import { BODY_DISPUTE_SUBJECTS, isBodyDisputeSubject, type BodyDisputeSubject } from './participation-body.values';

export function disputeMustNotBeRaisedYet(body: EstablishedParticipationBody, disputeId: string): void {
  ensure(
    !body.disputes.some((dispute) => dispute.disputeId === disputeId),
    () =>
      new DomainError('PARTICIPATION_BODY.DISPUTE_ALREADY_RAISED', 'This dispute has already been raised.', 'conflict'),
  );
}

export function disputeNeedsAReason(reason: string): string {
  ensure(
    isFilledIn(reason),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPUTE_REASON_MISSING',
        'A dispute says what the disagreement is about.',
        'rule',
        'reason',
      ),
  );
  return reason.trim();
}

export function disputeMustSayWhatItIsAbout(about: unknown): BodyDisputeSubject {
  ensure(
    isBodyDisputeSubject(about),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPUTE_SUBJECT_UNKNOWN',
        `A dispute is about one of: ${BODY_DISPUTE_SUBJECTS.join(', ')}.`,
        'rule',
        'about',
      ),
  );
  return about;
}

/** An unknown dispute is not found (404); one already resolved is a conflict (409). */
export function disputeMustBeOpen(body: EstablishedParticipationBody, disputeId: string): BodyDispute {
  const dispute = body.disputes.find((d) => d.disputeId === disputeId);
  ensure(
    dispute !== undefined,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPUTE_NOT_FOUND',
        'There is no such dispute about this participation body.',
        'not-found',
      ),
  );
  ensure(
    !dispute.resolved,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPUTE_ALREADY_RESOLVED',
        'This dispute has already been resolved.',
        'conflict',
      ),
  );
  return dispute;
}

export function resolutionMustSayHow(resolution: string): string {
  ensure(
    isFilledIn(resolution),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.DISPUTE_RESOLUTION_MISSING',
        'Resolving a dispute records how it was resolved.',
        'rule',
        'resolution',
      ),
  );
  return resolution.trim();
}
