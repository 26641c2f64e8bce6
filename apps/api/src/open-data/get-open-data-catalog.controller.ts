import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { dcatCatalog, type ReadModels } from '#projections';
import { READ_MODELS } from '../read-models/read-model.tokens';
import { baseUrlOf, municipalityCodesOf } from './open-data-address';
import { OpenDataOperation } from './open-data-operation.decorator';

/** The DCAT catalogue of the open data (#21), for harvesters such as data.overheid.nl. */
@ApiTags('open-data')
@Controller('open-data')
export class GetOpenDataCatalogController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get('catalog.jsonld')
  @OpenDataOperation('GetOpenDataCatalog', 'The DCAT description of the open data (JSON-LD)', ['application/ld+json'])
  async getOpenDataCatalog(@Req() request: Request, @Res() response: Response): Promise<void> {
    const catalog = dcatCatalog(baseUrlOf(request), await municipalityCodesOf(this.readModels));
    response.status(200).type('application/ld+json').send(JSON.stringify(catalog));
  }
}
