import type { CouncilDecision } from '#domain';
import type { ReadModels } from '../queries/read-models';
import { councilOf, type AdviceRegisterDoc } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';
import { ADDRESSED_TO } from './advice-register.sql';

/** Far more attached advice than a region holds; proposals are gathered from them whole. */
const MOST_ATTACHED_ADVICE = 10_000;

/**
 * Where a council proposal stands: no decision yet, postponed, or decided (its latest decision
 * on any of its advice is final).
 */
export type ProposalDecisionStatus = 'awaiting-decision' | 'postponed' | 'decided';

/** One municipality's council proposal, with the advice attached to it. */
export interface CouncilProposalSummary {
  readonly municipalityCode: string;
  readonly proposalRef: string;
  readonly proposalUrl?: string;
  readonly firstAttachedOn: string;
  readonly adviceCount: number;
  readonly decisionStatus: ProposalDecisionStatus;
  readonly latestDecision?: { readonly decidedOn: string; readonly decision: CouncilDecision };
}

export interface CouncilProposalListRequest {
  /** Only proposals to these municipalities' councils; every one when `undefined`. */
  readonly municipalities: readonly string[] | undefined;
  readonly minPosition?: bigint;
}

/** Every council proposal that advice was attached to, per municipality, by municipality and reference. */
export async function listCouncilProposals(
  readModels: ReadModels,
  request: CouncilProposalListRequest,
): Promise<CouncilProposalSummary[]> {
  await readModels.waitFor([adviceRegister.name], request.minPosition);
  const { municipalities } = request;
  const { items } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
    where: [
      ["jsonb_array_length(r.doc->'proposals') > ?", 0],
      ...(municipalities ? [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities] as const] : []),
    ],
    orderBy: 'r.id',
    offset: 0,
    limit: MOST_ATTACHED_ADVICE,
  });
  const proposals = new Map<string, CouncilProposalSummary>();
  for (const doc of items) {
    for (const proposal of doc.proposals) {
      const municipalityCode = councilOf(doc, proposal);
      if (municipalities && !municipalities.includes(municipalityCode)) continue;
      const key = JSON.stringify([municipalityCode, proposal.proposalRef]);
      const known = proposals.get(key);
      const decision = proposal.decisions.at(-1);
      const latest = [known?.latestDecision, decision && { decidedOn: decision.decidedOn, decision: decision.decision }]
        .filter((d) => d !== undefined)
        .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0))
        .at(-1);
      const url = known?.proposalUrl ?? proposal.proposalUrl;
      proposals.set(key, {
        municipalityCode,
        proposalRef: proposal.proposalRef,
        ...(url === undefined ? {} : { proposalUrl: url }),
        firstAttachedOn:
          known && known.firstAttachedOn < proposal.attachedOn ? known.firstAttachedOn : proposal.attachedOn,
        adviceCount: (known?.adviceCount ?? 0) + 1,
        decisionStatus:
          latest === undefined ? 'awaiting-decision' : latest.decision === 'postponed' ? 'postponed' : 'decided',
        ...(latest === undefined ? {} : { latestDecision: latest }),
      });
    }
  }
  return [...proposals.values()].sort((a, b) =>
    a.municipalityCode === b.municipalityCode
      ? a.proposalRef.localeCompare(b.proposalRef)
      : a.municipalityCode.localeCompare(b.municipalityCode),
  );
}
