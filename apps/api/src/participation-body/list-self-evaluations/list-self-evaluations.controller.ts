import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { pageOf, type ReadModels } from '#projections';
import { PageQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { ApiBodyId, BodyId } from '../body-params';
import { readableBody } from '../readable-body';
import { SelfEvaluationListDto } from './list-self-evaluations.response.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class ListSelfEvaluationsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':bodyId/self-evaluations')
  @ApiBodyId()
  @QueryOperation({
    operationId: 'ListSelfEvaluations',
    summary: "The body's yearly self-evaluations, newest first",
    type: SelfEvaluationListDto,
    answersPublic: true,
  })
  async listSelfEvaluations(
    @BodyId() bodyId: string,
    @Query() query: PageQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<SelfEvaluationListDto> {
    const body = await readableBody(this.readModels, viewer, bodyId, query.minPosition);
    const newestFirst = [...body.selfEvaluations].reverse().map((evaluation) => ({ ...evaluation }));
    return { bodyId, ...pageOf(newestFirst, query.page) };
  }
}
