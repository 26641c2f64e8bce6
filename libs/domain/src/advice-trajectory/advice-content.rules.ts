import { DomainError, ensure } from '../kit';
import type { CurrentAdvice } from './advice-trajectory.state';
import type { Recommendation, RecommendationAnswer } from './advice-trajectory.values';
import { hasItems, optionalText, textMustNotBeBlank } from './input.rules';

/** The client perspective is always named explicitly in the advice (seed 001, "Een nieuwe verordening"). */
export function adviceMustNameTheClientPerspective(clientPerspective: string): string {
  return textMustNotBeBlank(
    clientPerspective,
    'clientPerspective',
    'ADVICE_TRAJECTORY.CLIENT_PERSPECTIVE_MISSING',
    'An advice names the client perspective explicitly.',
  );
}

/** One or more recommendations, each with its own positive number and a text; returned trimmed. */
export function adviceNeedsNumberedRecommendations(recommendations: readonly Recommendation[]): Recommendation[] {
  ensure(
    hasItems(recommendations),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RECOMMENDATIONS_MISSING',
        'An advice holds one or more recommendations.',
        'rule',
        'recommendations',
      ),
  );
  const seen = new Set<number>();
  return recommendations.map(({ number, text }, index) => {
    const field = `recommendations[${index}]`;
    ensure(
      Number.isInteger(number) && number > 0,
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_INVALID',
          'A recommendation is numbered with a positive whole number.',
          'rule',
          `${field}.number`,
        ),
    );
    ensure(
      !seen.has(number),
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_REPEATED',
          `Recommendation number ${number} is used twice; each recommendation has its own number.`,
          'rule',
          `${field}.number`,
        ),
    );
    seen.add(number);
    const trimmed = textMustNotBeBlank(
      text,
      `${field}.text`,
      'ADVICE_TRAJECTORY.RECOMMENDATION_TEXT_MISSING',
      `Recommendation ${number} has no text.`,
    );
    return { number, text: trimmed };
  });
}

export function recommendationMustExist(advice: CurrentAdvice, recommendationNumber: number, field: string): void {
  ensure(
    advice.recommendations.some((r) => r.number === recommendationNumber),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION',
        `The advice has no recommendation number ${recommendationNumber}.`,
        'rule',
        field,
      ),
  );
}

/**
 * The college answers every recommendation exactly once, and explains every answer short of
 * adoption ("tekst en uitleg", seed 003, condition 7). Returns the answers with trimmed reasoning.
 */
export function everyRecommendationMustBeAnswered(
  advice: CurrentAdvice,
  decisions: readonly RecommendationAnswer[],
): RecommendationAnswer[] {
  const list = hasItems(decisions) ? decisions : [];
  const answered = new Set<number>();
  const answers = list.map(({ recommendationNumber, decision, reasoning }, index) => {
    const field = `decisions[${index}]`;
    recommendationMustExist(advice, recommendationNumber, `${field}.recommendationNumber`);
    ensure(
      !answered.has(recommendationNumber),
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.RECOMMENDATION_ANSWERED_TWICE',
          `Recommendation ${recommendationNumber} is answered more than once.`,
          'rule',
          `${field}.recommendationNumber`,
        ),
    );
    answered.add(recommendationNumber);
    const explained = optionalText(reasoning);
    ensure(
      decision === 'adopted' || explained !== undefined,
      () =>
        new DomainError(
          'ADVICE_TRAJECTORY.REASONING_MISSING',
          `Recommendation ${recommendationNumber} is not fully adopted, so the college explains why.`,
          'rule',
          `${field}.reasoning`,
        ),
    );
    return explained === undefined
      ? { recommendationNumber, decision }
      : { recommendationNumber, decision, reasoning: explained };
  });
  const unanswered = advice.recommendations.map((r) => r.number).filter((n) => !answered.has(n));
  ensure(
    unanswered.length === 0,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RECOMMENDATION_UNANSWERED',
        `The college's response leaves recommendation ${unanswered.join(', ')} unanswered; it answers every recommendation.`,
        'rule',
        'decisions',
      ),
  );
  return answers;
}
