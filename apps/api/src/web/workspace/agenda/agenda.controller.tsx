import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Agenda } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../../public/page-params';
import { findBody } from '../organen/find-body';
import { signedIn } from '../workspace-page';
import { AgendaPage } from './agenda.page';

/** One participation agenda with its items linked to signals, tables and trajectories. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/agenda')
export class AgendaController {
  constructor(private readonly pages: PageContextFactory) {}

  /** `?na=` is the position of the command just recorded (an item, an agreement): the page waits for it. */
  @Get(':agendaId')
  async show(
    @Param('agendaId') agendaId: string,
    @Query('na') after: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(agendaId);
    const context = await signedIn(this.pages, request, response);
    const minPosition = minPositionOf(after);
    const agenda = answerOf(await context.api.get<Agenda>(`/participation-agendas/${agendaId}`, { minPosition }));
    // The body's name is a courtesy: the agenda shows its id when the list does not hold it.
    const body = await findBody(context.api, agenda.bodyId).catch(() => undefined);
    sendPage(response, <AgendaPage context={context} agenda={agenda} body={body} saved={minPosition !== undefined} />);
  }
}
