import { dateOf, DomainError, ensure, ensureNotInFuture, isLocalDate } from '../kit';
import { isFilledIn } from './participation-body.rules';
import type { EstablishedParticipationBody } from './participation-body.state';

/** The first year a self-evaluation can be about; earlier years predate any body in this engine. */
const FIRST_SELF_EVALUATION_YEAR = 2000;

export function consultationMustNotBeRecordedYet(body: EstablishedParticipationBody, consultationId: string): void {
  ensure(
    !body.consultations.some((consultation) => consultation.consultationId === consultationId),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.CONSULTATION_ALREADY_RECORDED',
        'This consultation has already been recorded.',
        'conflict',
      ),
  );
}

export function consultationMustHaveBeenHeld(heldOn: string, now: string): void {
  ensure(
    typeof heldOn === 'string' && isLocalDate(heldOn),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.HELD_ON_INVALID',
        'The date of the consultation must be a calendar date (YYYY-MM-DD).',
        'rule',
        'heldOn',
      ),
  );
  ensureNotInFuture(heldOn, now, 'heldOn', 'PARTICIPATION_BODY.CONSULTATION_IN_FUTURE');
}

/** A consultation covers one or more topics, each filled in; answers them without surrounding spaces. */
export function consultationNeedsTopics(topics: readonly string[]): string[] {
  ensure(
    topics.length > 0,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.TOPICS_MISSING',
        'A consultation covers one or more topics.',
        'rule',
        'topics',
      ),
  );
  return topics.map((topic, index) => {
    ensure(
      isFilledIn(topic),
      () =>
        new DomainError(
          'PARTICIPATION_BODY.TOPICS_MISSING',
          'Each topic of a consultation must be filled in.',
          'rule',
          `topics[${index}]`,
        ),
    );
    return topic.trim();
  });
}

/** A self-evaluation looks back on a year that has begun, never on one still to come. */
export function selfEvaluationMustBeAboutAYearThatHasBegun(year: number, now: string): void {
  const currentYear = Number(dateOf(now).slice(0, 4));
  ensure(
    Number.isInteger(year) && year >= FIRST_SELF_EVALUATION_YEAR && year <= currentYear,
    () =>
      new DomainError(
        'PARTICIPATION_BODY.YEAR_INVALID',
        `A self-evaluation is about a year from ${FIRST_SELF_EVALUATION_YEAR} up to and including ${currentYear}.`,
        'rule',
        'year',
      ),
  );
}

export function selfEvaluationNeedsASummary(summary: string): void {
  ensure(
    isFilledIn(summary),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.SUMMARY_MISSING',
        'A self-evaluation needs a summary of the reflection.',
        'rule',
        'summary',
      ),
  );
}

/** The body reflects on its own functioning once a year (seed 001, "Evaluatie"). */
export function oneSelfEvaluationPerYear(body: EstablishedParticipationBody, year: number): void {
  ensure(
    !body.selfEvaluationYears.includes(year),
    () =>
      new DomainError(
        'PARTICIPATION_BODY.SELF_EVALUATION_ALREADY_RECORDED',
        `The self-evaluation for ${year} has already been recorded.`,
        'conflict',
      ),
  );
}
