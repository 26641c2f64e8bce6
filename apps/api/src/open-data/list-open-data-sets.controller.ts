import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { OPEN_DATA_LICENSE, openDataFiles, type ReadModels } from '#projections';
import { QueryOperation } from '../read-models/query-operation.decorator';
import { READ_MODELS } from '../read-models/read-model.tokens';
import { baseUrlOf, municipalityCodesOf } from './open-data-address';
import { OpenDataSetsDto } from './open-data-sets.response.dto';

/**
 * The open data (#21): per municipality, the advice register, the recommendations with the
 * college's decisions, and the council's decisions, as CSV and JSON under stable URLs, with a
 * JSON Schema per dataset and a DCAT catalogue. Everyone may read them, without a token; they
 * hold public texts and dates only.
 */
@ApiTags('open-data')
@Controller('open-data')
export class ListOpenDataSetsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListOpenDataSets',
    summary: 'Every open-data file (per municipality, dataset and format) with its URL, schema and licence',
    type: OpenDataSetsDto,
    answersPublic: true,
  })
  async listOpenDataSets(@Req() request: Request): Promise<OpenDataSetsDto> {
    const base = baseUrlOf(request);
    return {
      license: OPEN_DATA_LICENSE,
      catalogUrl: `${base}/catalog.jsonld`,
      files: openDataFiles(base, await municipalityCodesOf(this.readModels)),
    };
  }
}
