import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { DeadlineList } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { pageOfQuery, queryOf } from '../registers/register-query';
import { signedIn } from '../workspace-page';
import { DeadlinesPage } from './termijnen.page';

/** Two weeks ahead: what an official or secretary should act on before the next fortnight's meeting. */
const WITHIN_DAYS = 14;

/** Mijn termijnen: the official's own trajectories, or the body's advice, with terms near or past. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte')
export class DeadlinesController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get('termijnen')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const list = answerOf(
      await context.api.get<DeadlineList>('/deadlines', { withinDays: WITHIN_DAYS, ...pageOfQuery(queryOf(request)) }),
    );
    sendPage(response, <DeadlinesPage context={context} list={list} withinDays={WITHIN_DAYS} />);
  }
}
