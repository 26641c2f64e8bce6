import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { findTable, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, ensureMayRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiTableId, TableId } from '../table-id.param';
import { presentTableTo } from './temporary-table.presenter';
import { TemporaryTableDto } from './temporary-table.response.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class GetTemporaryTableController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':tableId')
  @ApiTableId()
  @QueryOperation({
    operationId: 'GetTemporaryTable',
    summary: 'One temporary table with its participants, sessions, contributions and expected vs present groups',
    type: TemporaryTableDto,
  })
  async getTemporaryTable(
    @TableId() tableId: string,
    @Query() query: PositionQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<TemporaryTableDto> {
    const doc = await findTable(this.readModels, tableId, query.minPosition);
    if (!doc) throw new DomainError('TEMPORARY_TABLE.NOT_FOUND', 'There is no such temporary table.', 'not-found');
    ensureMayRead(caller, doc.municipalityCode);
    return presentTableTo(this.storage.personKeys, caller.principal, doc);
  }
}
