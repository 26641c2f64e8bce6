import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Page, PilotEvaluation } from '../../api/api-types';
import type { PilotSummary } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../../public/page-params';
import { pageOfQuery, queryOf } from '../registers/register-query';
import { signedIn } from '../workspace-page';
import { PilotPage, PilotsPage } from './pilots.page';

/** The pilots and each one's evaluation with its findings. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/pilots')
export class PilotsController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const pilots = answerOf(await context.api.get<Page<PilotSummary>>('/pilots', pageOfQuery(queryOf(request))));
    sendPage(response, <PilotsPage context={context} pilots={pilots} />);
  }

  /** `?na=` is the position of the command just recorded (the pilot, a finding): the page waits for it. */
  @Get(':pilotId')
  async show(
    @Param('pilotId') pilotId: string,
    @Query('na') after: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(pilotId);
    const context = await signedIn(this.pages, request, response);
    const minPosition = minPositionOf(after);
    const evaluation = answerOf(
      await context.api.get<PilotEvaluation>(`/pilots/${pilotId}/evaluation`, { minPosition }),
    );
    sendPage(response, <PilotPage context={context} evaluation={evaluation} saved={minPosition !== undefined} />);
  }
}
