import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { publicApi } from '../public-api';
import { OpenDataPage, type OpenDataListing } from './open-data.page';

/** `/opendata` (beside the API's `/api/v1/open-data`): the downloads, as ListOpenDataSets names them, for everyone. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('opendata')
export class OpenDataPageController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await this.pages.create(request, response);
    const answer = await publicApi(request).get<OpenDataListing>('/open-data');
    sendPage(response, <OpenDataPage context={context} listing={answer.ok ? answer.body : undefined} />);
  }
}
