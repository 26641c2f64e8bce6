import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { adviceRegister, type AdviceRegisterDoc, type ProposalEntry, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { readableMunicipalities, viewerOf } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiAtPosition, atPositionOf, proposalAdviceAt } from './council-proposal-report-at';
import { CouncilProposalReportDto, type ProposalAdviceDto } from './get-council-proposal-report.response.dto';
import { presentOutcomes } from './recommendation-outcome.presenter';

/** Far more advice than one council proposal ever carries; the report is not paged. */
const MOST_ADVICE_PER_PROPOSAL = 1_000;
const MAX_PROPOSAL_REF = 200;

@ApiTags('council-proposals')
@Controller('council-proposals')
export class GetCouncilProposalReportController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':proposalRef')
  @ApiParam({
    name: 'proposalRef',
    description: 'Reference of the council proposal (raadsvoorstel) as the advice was attached to it, URL-encoded.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_PROPOSAL_REF, example: 'RV-2026-031' },
  })
  @ApiAtPosition()
  @QueryOperation({
    operationId: 'GetCouncilProposalReport',
    summary: 'Every advice attached to a council proposal and what became of each recommendation',
    type: CouncilProposalReportDto,
    answersPublic: true,
  })
  async getCouncilProposalReport(
    @Param('proposalRef') raw: string,
    @Query('minPosition') minPosition: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Query('atPosition') atPosition?: string,
  ): Promise<CouncilProposalReportDto> {
    const proposalRef = raw.trim();
    if (proposalRef.length === 0 || raw.length > MAX_PROPOSAL_REF) {
      throw new RequestValidationError([
        { name: 'proposalRef', reason: `proposalRef must hold 1 to ${MAX_PROPOSAL_REF} characters` },
      ]);
    }
    const after = minPositionOf(minPosition);
    const pinned = atPositionOf(atPosition);
    // Without a token, the public reads every municipality's advice.
    const municipalities = readableMunicipalities(viewerOf(request));
    // Pinned, the report is folded from the store, which already holds every acknowledged event.
    const items =
      pinned === undefined
        ? await this.currentAdvice(proposalRef, after, municipalities)
        : await proposalAdviceAt(this.storage, proposalRef, pinned, municipalities);
    const advice = items.flatMap((doc) => {
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
    return { proposalRef, ...(pinned === undefined ? {} : { atPosition: Number(pinned) }), advice };
  }

  private async currentAdvice(
    proposalRef: string,
    minPosition: bigint | undefined,
    municipalities: readonly string[] | undefined,
  ): Promise<AdviceRegisterDoc[]> {
    await this.readModels.waitFor([adviceRegister.name], minPosition);
    const { items } = await this.readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
      where: [
        ...(municipalities
          ? [["r.doc->>'municipalityCode' = ANY(?::text[])", municipalities] as [string, unknown]]
          : []),
        ["r.doc->'proposals' @> ?::jsonb", JSON.stringify([{ proposalRef }])],
      ],
      orderBy: "r.doc->>'startedAt', r.id",
      offset: 0,
      limit: MOST_ADVICE_PER_PROPOSAL,
    });
    return items;
  }
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
