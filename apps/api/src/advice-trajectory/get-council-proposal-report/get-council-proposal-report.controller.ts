import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { councilProposalAdvice, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { municipalitiesToRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { adviceOrRefusal, presentCouncilProposalReport } from './council-proposal-report.presenter';
import { GetCouncilProposalReportQueryDto } from './get-council-proposal-report.query.dto';
import { CouncilProposalReportDto } from './get-council-proposal-report.response.dto';
import { ApiProposalRef, ProposalRef } from './proposal-ref.param';

@ApiTags('council-proposals')
@Controller('council-proposals')
export class GetCouncilProposalReportController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':proposalRef')
  @ApiProposalRef()
  @QueryOperation({
    operationId: 'GetCouncilProposalReport',
    summary: 'Every advice attached to a council proposal and what became of each recommendation',
    type: CouncilProposalReportDto,
    answersPublic: true,
  })
  async getCouncilProposalReport(
    @ProposalRef() proposalRef: string,
    @Query() { minPosition, atPosition: at, municipalityCode }: GetCouncilProposalReportQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<CouncilProposalReportDto> {
    const municipalities = municipalitiesToRead(viewer, municipalityCode);
    const request = { proposalRef, minPosition, at, municipalities };
    const found = await councilProposalAdvice(this.readModels, this.storage.sealedEventStore, request);
    return presentCouncilProposalReport(proposalRef, at, adviceOrRefusal(found), municipalities);
  }
}
