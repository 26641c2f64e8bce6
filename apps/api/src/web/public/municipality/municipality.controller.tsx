import { Controller, Get, NotFoundException, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { AdviceSummary, Page } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { loadMunicipalities } from '../municipalities';
import { municipalityCodeOrNotFound, offsetOf } from '../page-params';
import { publicApi } from '../public-api';
import { MunicipalityPage } from './municipality.page';

const PAGE_SIZE = 50;

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('gemeenten')
export class MunicipalityController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get(':code')
  async show(
    @Param('code') code: string,
    @Query('offset') offset: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    municipalityCodeOrNotFound(code);
    const context = await this.pages.create(request, response);
    const api = publicApi(request);
    const [municipalities, advice] = await Promise.all([
      loadMunicipalities(api),
      api.get<Page<AdviceSummary>>('/advice-trajectories', {
        municipalityCode: code,
        offset: offsetOf(offset),
        limit: PAGE_SIZE,
      }),
    ]);
    const municipality = municipalities?.find((m) => m.code === code);
    if (municipalities !== undefined && municipality === undefined) throw new NotFoundException();
    const name = municipality?.name ?? code;
    sendPage(response, <MunicipalityPage context={context} name={name} advice={answerOf(advice)} />);
  }
}
