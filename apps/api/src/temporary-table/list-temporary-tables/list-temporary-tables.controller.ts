import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listTables, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, municipalitiesToRead, type Caller } from '../../read-models/viewer';
import { ListTemporaryTablesQueryDto } from './list-temporary-tables.query.dto';
import { presentTableSummary } from './temporary-table-summary.presenter';
import { TemporaryTableListDto } from './temporary-table-summary.response.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class ListTemporaryTablesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListTemporaryTables',
    summary: 'The table register of your municipalities, with expected, present and missing groups',
    type: TemporaryTableListDto,
  })
  async listTemporaryTables(
    @Query() query: ListTemporaryTablesQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<TemporaryTableListDto> {
    const { status, page, minPosition } = query;
    const municipalities = municipalitiesToRead(caller, query.municipalityCode);
    const found = await listTables(this.readModels, { municipalities, status, page, minPosition });
    return { ...found, items: found.items.map(presentTableSummary) };
  }
}
