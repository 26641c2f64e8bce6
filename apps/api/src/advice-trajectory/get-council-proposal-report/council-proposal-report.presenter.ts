import { DomainError } from '#domain';
import type { AdviceRegisterDoc, ProposalAdvice, ProposalEntry } from '#projections';
import { RequestValidationError } from '../../http/request-validation';
import type { CouncilProposalReportDto, ProposalAdviceDto } from './get-council-proposal-report.response.dto';
import { presentOutcomes } from './recommendation-outcome.presenter';

/** The report on the proposal from the advice attached to it; not found (404) when there is none. */
export function presentCouncilProposalReport(
  proposalRef: string,
  atPosition: bigint | undefined,
  docs: readonly AdviceRegisterDoc[],
): CouncilProposalReportDto {
  const advice = docs.flatMap((doc) => {
    const proposal = doc.proposals.find((p) => p.proposalRef === proposalRef);
    return proposal ? [presentProposalAdvice(doc, proposal)] : [];
  });
  if (advice.length === 0) {
    throw new DomainError(
      'COUNCIL_PROPOSAL.NOT_FOUND',
      'No advice in your municipalities is attached to this council proposal.',
      'not-found',
    );
  }
  return { proposalRef, ...(atPosition === undefined ? {} : { atPosition: Number(atPosition) }), advice };
}

/** The advice found; a pinned position not recorded yet is refused (400), naming the highest that is. */
export function adviceOrRefusal(found: ProposalAdvice): AdviceRegisterDoc[] {
  if (found.recorded) return found.advice;
  throw new RequestValidationError([
    {
      name: 'atPosition',
      reason: `atPosition must be a position already recorded: at most ${found.head ?? 'none yet'}`,
    },
  ]);
}

function presentProposalAdvice(doc: AdviceRegisterDoc, proposal: ProposalEntry): ProposalAdviceDto {
  const { decisions } = proposal;
  const { advice } = doc;
  return {
    trajectoryId: doc.trajectoryId,
    municipalityCode: doc.municipalityCode,
    bodyId: doc.bodyId,
    kind: doc.kind,
    subject: doc.subject,
    domain: doc.domain,
    policyPhase: doc.policyPhase,
    status: doc.status,
    attachedOn: proposal.attachedOn,
    ...(advice
      ? {
          adviceVersion: advice.version,
          issuedOn: advice.issuedOn,
          summary: advice.summary,
          clientPerspective: advice.clientPerspective,
        }
      : {}),
    ...(doc.respondedOn === undefined ? {} : { respondedOn: doc.respondedOn }),
    ...(doc.documentRef === undefined ? {} : { documentRef: doc.documentRef }),
    councilDecisions: decisions.map((d) => ({ ...d })),
    recommendations: presentOutcomes(doc, decisions.at(-1)),
  };
}
