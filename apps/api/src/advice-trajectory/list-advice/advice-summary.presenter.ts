import { addressedToOf, adviceTermsOf, latestCouncilDecision, type AdviceRegisterDoc } from '#projections';
import type { Viewer } from '../../read-models/viewer';
import type { AdviceSummaryDto } from './list-advice.response.dto';

/**
 * A register row as one line of the advice register, its terms judged against `today` by the
 * domain's rules. The responsible official is a login id: only callers with a token see it.
 */
export function presentAdviceSummary(doc: AdviceRegisterDoc, today: string, viewer: Viewer): AdviceSummaryDto {
  const decision = latestCouncilDecision(doc);
  const terms = adviceTermsOf(doc, today);
  const side = terms.overdueSide;
  const lateCheckpoints = terms.overdueCheckpoints;
  return {
    id: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    addressedTo: [...addressedToOf(doc)],
    bodyId: doc.bodyId,
    kind: doc.kind,
    subject: doc.subject,
    ...(doc.question === undefined ? {} : { question: doc.question }),
    domain: doc.domain,
    policyPhase: doc.policyPhase,
    ...(doc.adviceDueOn === undefined ? {} : { adviceDueOn: doc.adviceDueOn }),
    ...(doc.responseDueOn === undefined ? {} : { responseDueOn: doc.responseDueOn }),
    ...(doc.portfolioHolder === undefined ? {} : { portfolioHolder: doc.portfolioHolder }),
    ...(doc.responsibleOfficial === undefined || viewer.kind === 'public'
      ? {}
      : { responsibleOfficial: doc.responsibleOfficial }),
    status: doc.status,
    overdue: side !== undefined,
    ...(side === undefined ? {} : { overdueSide: side }),
    followUpOverdue: lateCheckpoints.length > 0,
    overdueCheckpoints: lateCheckpoints.map(({ dueOn, description }) => ({ dueOn, description })),
    ...(doc.advice
      ? {
          adviceVersion: doc.advice.version,
          issuedOn: doc.advice.issuedOn,
          adviceKind: doc.advice.adviceKind ?? 'content',
        }
      : {}),
    recommendationCount: doc.advice?.recommendations.length ?? 0,
    ...(doc.advice ? { collegesYetToRespond: terms.collegesYetToRespond } : {}),
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
