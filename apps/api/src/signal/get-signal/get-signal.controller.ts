import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { findSignal, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, ensureMayRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiSignalId, SignalId } from '../signal-id.param';
import { presentSignalTo } from '../signal.presenter';
import { SignalDto } from '../signal.response.dto';

@ApiTags('signals')
@Controller('signals')
export class GetSignalController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':signalId')
  @ApiSignalId()
  @QueryOperation({
    operationId: 'GetSignal',
    summary: 'One signal with its assessment, referral and close',
    type: SignalDto,
  })
  async getSignal(
    @SignalId() signalId: string,
    @Query() query: PositionQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<SignalDto> {
    const doc = await findSignal(this.readModels, signalId, query.minPosition);
    if (!doc) throw new DomainError('SIGNAL.NOT_FOUND', 'There is no such signal.', 'not-found');
    ensureMayRead(caller, doc.municipalityCode);
    return presentSignalTo(this.storage.personKeys, caller.principal, doc);
  }
}
