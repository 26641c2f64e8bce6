import type { AdviceRegisterDoc, CouncilDecisionEntry } from '#projections';
import type { RecommendationOutcomeDto } from './recommendation-outcome.dto';

/** Each recommendation of the current advice with what became of it. */
export function presentOutcomes(
  doc: AdviceRegisterDoc,
  councilDecision: CouncilDecisionEntry | undefined,
): RecommendationOutcomeDto[] {
  return (doc.advice?.recommendations ?? []).map((r) => ({
    number: r.number,
    text: r.text,
    ...(r.collegeDecision === undefined ? {} : { collegeDecision: r.collegeDecision }),
    ...(r.reasoning === undefined ? {} : { reasoning: r.reasoning }),
    ...(councilDecision ? { councilDecision: councilDecision.decision } : {}),
    ...(r.implementation ? { implementation: { ...r.implementation } } : {}),
  }));
}
