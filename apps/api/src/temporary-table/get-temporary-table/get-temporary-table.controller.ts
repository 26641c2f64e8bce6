import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError } from '#application';
import { DomainError } from '#domain';
import { revealPersonalData } from '#privacy';
import { tableRegister, type ReadModels, type TableRegisterDoc } from '#projections';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { maySeePersonalData } from '../../read-models/personal-data.presenter';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { ApiTableId, TableId } from '../table-id.param';
import { presentTable } from './temporary-table.presenter';
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
    @Query('minPosition') minPosition: string | undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<TemporaryTableDto> {
    await this.readModels.waitFor([tableRegister.name], minPositionOf(minPosition));
    const doc = await this.readModels.get<TableRegisterDoc>(tableRegister.name, tableId);
    if (!doc) throw new DomainError('TEMPORARY_TABLE.NOT_FOUND', 'There is no such temporary table.', 'not-found');
    if (!request.principal?.municipalities.includes(doc.municipalityCode)) {
      throw new ForbiddenCommandError(`You do not act for ${doc.municipalityCode}.`);
    }
    const visible = maySeePersonalData(request.principal);
    const [opened] = visible ? await revealPersonalData(this.storage.personKeys, [doc]) : [doc];
    return presentTable(opened as TableRegisterDoc, visible);
  }
}
