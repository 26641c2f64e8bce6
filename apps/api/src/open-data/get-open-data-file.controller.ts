import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { openDataRows, type ReadModels } from '#projections';
import { MunicipalityCode } from '../municipality/municipality-code.param';
import { READ_MODELS } from '../read-models/read-model.tokens';
import { ApiOpenDataFileParam, openDataFileOf, sendOpenDataFile } from './open-data-file';
import { OpenDataOperation } from './open-data-operation.decorator';

/** One municipality's dataset (#21) as CSV or JSON, under a stable URL. */
@ApiTags('open-data')
@Controller('open-data')
export class GetOpenDataFileController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':code/:file')
  @ApiParam({ name: 'code', description: 'CBS code of the municipality.', example: 'GM0375' })
  @ApiOpenDataFileParam()
  @OpenDataOperation('GetOpenDataFile', "One municipality's dataset as CSV or JSON", ['text/csv', 'application/json'])
  async getOpenDataFile(
    @MunicipalityCode() code: string,
    @Param('file') file: string,
    @Res() response: Response,
  ): Promise<void> {
    const asked = openDataFileOf(file);
    const rows = await openDataRows(this.readModels, asked.set, code);
    sendOpenDataFile(response, asked, code, file, rows);
  }
}
