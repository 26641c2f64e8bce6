import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import {
  adviceRegister,
  signalRegister,
  tableRegister,
  type AdviceRegisterDoc,
  type ReadModels,
  type SignalRegisterDoc,
  type TableRegisterDoc,
} from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ensureMayRead, viewerOf } from '../../read-models/viewer';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { InfluenceChainDto } from './get-influence-chain.response.dto';
import { presentInfluenceChain } from './influence-chain.presenter';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class GetInfluenceChainController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':trajectoryId/influence-chain')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetInfluenceChain',
    summary:
      'What participation changed: signals → tables → advice → each recommendation → college → council → implementation',
    type: InfluenceChainDto,
    answersPublic: true,
  })
  async getInfluenceChain(
    @TrajectoryId() trajectoryId: string,
    @Query('minPosition') minPosition: string | undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<InfluenceChainDto> {
    const position = minPositionOf(minPosition);
    await this.readModels.waitFor([adviceRegister.name, signalRegister.name, tableRegister.name], position);
    const doc = await this.readModels.get<AdviceRegisterDoc>(adviceRegister.name, trajectoryId);
    if (!doc) throw new DomainError('ADVICE_TRAJECTORY.NOT_FOUND', 'There is no such advice trajectory.', 'not-found');
    const viewer = viewerOf(request);
    ensureMayRead(viewer, doc.municipalityCode);
    const [signals, tables] = await Promise.all([
      this.rows<SignalRegisterDoc>(signalRegister.name, doc.signalIds),
      this.rows<TableRegisterDoc>(tableRegister.name, doc.tableIds),
    ]);
    return presentInfluenceChain(doc, signals, tables, viewer);
  }

  /** The rows of these ids that exist, sequentially: a trajectory links a handful. */
  private async rows<TDoc>(projection: string, ids: readonly string[]): Promise<Map<string, TDoc>> {
    const found = new Map<string, TDoc>();
    for (const id of ids) {
      const doc = await this.readModels.get<TDoc>(projection, id);
      if (doc) found.set(id, doc);
    }
    return found;
  }
}
