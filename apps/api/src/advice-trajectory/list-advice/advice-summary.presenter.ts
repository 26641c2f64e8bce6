import { latestCouncilDecision, overdueSideOf, type AdviceRegisterDoc } from '#projections';
import type { AdviceSummaryDto } from './list-advice.response.dto';

/** A register row as one line of the advice register, judged overdue against `today`. */
export function presentAdviceSummary(doc: AdviceRegisterDoc, today: string): AdviceSummaryDto {
  const decision = latestCouncilDecision(doc);
  return {
    id: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    bodyId: doc.bodyId,
    kind: doc.kind,
    subject: doc.subject,
    domain: doc.domain,
    policyPhase: doc.policyPhase,
    ...(doc.responseDueOn === undefined ? {} : { responseDueOn: doc.responseDueOn }),
    status: doc.status,
    overdue: overdueSideOf(doc, today) !== undefined,
    ...(doc.advice ? { adviceVersion: doc.advice.version, issuedOn: doc.advice.issuedOn } : {}),
    recommendationCount: doc.advice?.recommendations.length ?? 0,
    ...(doc.respondedOn === undefined ? {} : { respondedOn: doc.respondedOn }),
    ...(doc.documentRef === undefined ? {} : { documentRef: doc.documentRef }),
    proposalRefs: doc.proposals.map((p) => p.proposalRef),
    ...(decision ? { councilDecision: decision.decision } : {}),
    disputeOpen: doc.disputes.some((d) => d.resolution === undefined),
    startedAt: doc.startedAt,
    ...(doc.closed ? { closedAt: doc.closed.closedAt } : {}),
    ...(doc.withdrawn ? { withdrawnAt: doc.withdrawn.withdrawnAt } : {}),
  };
}
