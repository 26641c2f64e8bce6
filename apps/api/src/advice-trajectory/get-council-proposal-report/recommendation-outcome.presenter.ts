import { responsesOf, type AdviceRegisterDoc, type CouncilDecisionEntry } from '#projections';
import type { RecommendationOutcomeDto } from './recommendation-outcome.dto';

/**
 * Each recommendation of the current advice with what became of it: the current (corrected, if
 * so) answer of the college of `municipalityCode` (the trajectory's own when not named).
 */
export function presentOutcomes(
  doc: AdviceRegisterDoc,
  councilDecision: CouncilDecisionEntry | undefined,
  municipalityCode: string = doc.municipalityCode,
): RecommendationOutcomeDto[] {
  const response = responsesOf(doc).find((r) => r.municipalityCode === municipalityCode);
  return (doc.advice?.recommendations ?? []).map((r) => {
    const answer = response
      ? response.decisions.find((d) => d.recommendationNumber === r.number)
      : r.collegeDecision && { decision: r.collegeDecision, reasoning: r.reasoning };
    return {
      number: r.number,
      text: r.text,
      ...(answer === undefined ? {} : { collegeDecision: answer.decision }),
      ...(answer?.reasoning === undefined ? {} : { reasoning: answer.reasoning }),
      ...(councilDecision ? { councilDecision: councilDecision.decision } : {}),
      ...(r.implementation ? { implementation: { ...r.implementation } } : {}),
    };
  });
}
