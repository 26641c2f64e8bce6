import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ADVICE_TRAJECTORY_STREAM_PREFIX } from '#domain';
import { findDocumentsOf, type ReadModels } from '#projections';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ensureMayRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { presentTrajectoryDocuments } from './list-trajectory-documents.presenter';
import { TrajectoryDocumentListDto } from './list-trajectory-documents.response.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ListTrajectoryDocumentsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  /** From the document register (#21): a trajectory's documents are public texts, for everyone. */
  @Get(':trajectoryId/documents')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'ListTrajectoryDocuments',
    summary: "The trajectory's documents (letters, proposals), in the order they were attached",
    type: TrajectoryDocumentListDto,
    answersPublic: true,
  })
  async listTrajectoryDocuments(
    @TrajectoryId() trajectoryId: string,
    @Query() query: PositionQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<TrajectoryDocumentListDto> {
    const stream = `${ADVICE_TRAJECTORY_STREAM_PREFIX}${trajectoryId}`;
    const row = await findDocumentsOf(this.readModels, stream, query.minPosition);
    if (row === null) throw new NotFoundException();
    // Like the influence chain: everyone without a token, a caller for their own municipalities.
    ensureMayRead(viewer, ...row.municipalities);
    return presentTrajectoryDocuments(trajectoryId, row.documents);
  }
}
