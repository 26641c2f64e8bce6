import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listCouncilProposals, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, municipalitiesToRead, type Caller } from '../../read-models/viewer';
import { ListCouncilProposalsQueryDto } from './list-council-proposals.query.dto';
import { CouncilProposalListDto } from './list-council-proposals.response.dto';

@ApiTags('council-proposals')
@Controller('council-proposals')
export class ListCouncilProposalsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListCouncilProposals',
    summary: 'The council proposals advice was attached to, per municipality: advice count and decision status',
    type: CouncilProposalListDto,
  })
  async listCouncilProposals(
    @Query() { municipalityCode, minPosition }: ListCouncilProposalsQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<CouncilProposalListDto> {
    const municipalities = municipalitiesToRead(caller, municipalityCode);
    const items = await listCouncilProposals(this.readModels, { municipalities, minPosition });
    return {
      items: items.map((p) => ({ ...p, ...(p.latestDecision ? { latestDecision: { ...p.latestDecision } } : {}) })),
    };
  }
}
