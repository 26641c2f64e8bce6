import { addressedToOf, adviceTermsOf, latestCouncilDecision, type AdviceRegisterDoc } from '#projections';
import type { Viewer } from '../../read-models/viewer';
import type { AdviceSummaryDto } from './list-advice.response.dto';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A register row as one line of the advice register, its terms judged against `today` by the
 * domain's rules. The responsible official is a login id: only callers with a token see it.
 * The line is built field by field, in the answer's order, with each optional field set only
 * when it has a value: a searched page presents fifty rows, and a spread per optional field
 * made a temporary object each (#19's bench: the presenter's own time on the API's thread).
 * ListAdvice keeps the lines it presents per kind of viewer (ADR 52): a line may depend on
 * `viewer.kind`, and on nothing else of the viewer.
 */
export function presentAdviceSummary(doc: AdviceRegisterDoc, today: string, viewer: Viewer): AdviceSummaryDto {
  const decision = latestCouncilDecision(doc);
  const terms = adviceTermsOf(doc, today);
  const side = terms.overdueSide;
  const lateCheckpoints = terms.overdueCheckpoints;
  const { advice } = doc;
  const summary = {
    id: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    addressedTo: [...addressedToOf(doc)],
    bodyId: doc.bodyId,
    kind: doc.kind,
    subject: doc.subject,
  } as Mutable<AdviceSummaryDto>;
  if (doc.question !== undefined) summary.question = doc.question;
  summary.domain = doc.domain;
  summary.policyPhase = doc.policyPhase;
  if (doc.adviceDueOn !== undefined) summary.adviceDueOn = doc.adviceDueOn;
  if (doc.responseDueOn !== undefined) summary.responseDueOn = doc.responseDueOn;
  if (doc.portfolioHolder !== undefined) summary.portfolioHolder = doc.portfolioHolder;
  if (doc.responsibleOfficial !== undefined && viewer.kind !== 'public')
    summary.responsibleOfficial = doc.responsibleOfficial;
  summary.status = doc.status;
  summary.overdue = side !== undefined;
  if (side !== undefined) summary.overdueSide = side;
  summary.followUpOverdue = lateCheckpoints.length > 0;
  summary.overdueCheckpoints = lateCheckpoints.map(({ dueOn, description }) => ({ dueOn, description }));
  if (advice) {
    summary.adviceVersion = advice.version;
    summary.issuedOn = advice.issuedOn;
    summary.adviceKind = advice.adviceKind ?? 'content';
  }
  summary.recommendationCount = advice?.recommendations.length ?? 0;
  if (advice) summary.collegesYetToRespond = terms.collegesYetToRespond;
  if (doc.respondedOn !== undefined) summary.respondedOn = doc.respondedOn;
  if (doc.documentRef !== undefined) summary.documentRef = doc.documentRef;
  summary.proposalRefs = doc.proposals.map((p) => p.proposalRef);
  if (decision) summary.councilDecision = decision.decision;
  summary.disputeOpen = doc.disputes.some((d) => d.resolution === undefined);
  summary.startedAt = doc.startedAt;
  if (doc.closed) summary.closedAt = doc.closed.closedAt;
  if (doc.withdrawn) summary.withdrawnAt = doc.withdrawn.withdrawnAt;
  return summary;
}
