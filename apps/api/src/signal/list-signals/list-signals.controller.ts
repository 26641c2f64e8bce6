import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listSignals, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, municipalitiesToRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { presentSignalsTo } from '../signal.presenter';
import { SignalListDto } from '../signal.response.dto';
import { ListSignalsQueryDto } from './list-signals.query.dto';

@ApiTags('signals')
@Controller('signals')
export class ListSignalsController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get()
  @QueryOperation({
    operationId: 'ListSignals',
    summary: 'The signal register of your municipalities',
    type: SignalListDto,
  })
  async listSignals(@Query() query: ListSignalsQueryDto, @CallerParam() caller: Caller): Promise<SignalListDto> {
    const { status, scope, page, minPosition } = query;
    const municipalities = municipalitiesToRead(caller, query.municipalityCode);
    const found = await listSignals(this.readModels, { municipalities, status, scope, page, minPosition });
    return { ...found, items: await presentSignalsTo(this.storage.personKeys, caller.principal, found.items) };
  }
}
