import { DomainError } from '#domain';
import {
  addressedToOf,
  proposalEntries,
  responsesOf,
  type AdviceRegisterDoc,
  type ProposalAdvice,
  type ProposalAdviceEntry,
} from '#projections';
import { RequestValidationError } from '../../http/request-validation';
import type { CouncilProposalReportDto, ProposalAdviceDto } from './get-council-proposal-report.response.dto';
import { presentOutcomes } from './recommendation-outcome.presenter';

/**
 * The report on the proposal from the advice attached to it, one entry per advice and
 * municipality's proposal of that reference (in `municipalities`; all when `undefined`), never
 * merged; not found (404) when there is none.
 */
export function presentCouncilProposalReport(
  proposalRef: string,
  atPosition: bigint | undefined,
  docs: readonly AdviceRegisterDoc[],
  municipalities: readonly string[] | undefined,
): CouncilProposalReportDto {
  const advice = proposalEntries(docs, proposalRef, municipalities).map(presentProposalAdvice);
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

function presentProposalAdvice({ doc, proposal, municipalityCode }: ProposalAdviceEntry): ProposalAdviceDto {
  const { decisions } = proposal;
  const { advice } = doc;
  const response = responsesOf(doc).find((r) => r.municipalityCode === municipalityCode);
  const documentRef = response ? response.documentRef : doc.documentRef;
  return {
    trajectoryId: doc.trajectoryId,
    municipalityCode,
    addressedTo: [...addressedToOf(doc)],
    ...(proposal.proposalUrl === undefined ? {} : { proposalUrl: proposal.proposalUrl }),
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
    ...(response ? { respondedOn: response.respondedOn } : respondedOn(doc)),
    ...(documentRef === undefined ? {} : { documentRef }),
    councilDecisions: decisions.map((d) => ({ ...d })),
    recommendations: presentOutcomes(doc, decisions.at(-1), municipalityCode),
  };
}

/** Rows folded before the second version hold one response, in `respondedOn`. */
function respondedOn(doc: AdviceRegisterDoc): { respondedOn?: string } {
  return doc.respondedOn === undefined ? {} : { respondedOn: doc.respondedOn };
}
