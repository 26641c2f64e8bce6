import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { loadMunicipalities } from '../municipalities';
import { publicApi } from '../public-api';
import { LandingPage } from './landing.page';

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller()
export class LandingController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await this.pages.create(request, response);
    const municipalities = await loadMunicipalities(publicApi(request));
    sendPage(response, <LandingPage context={context} municipalities={municipalities} />);
  }
}
