import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { Page } from '../../api/api-types';
import type { Agenda, ParticipationBody } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../../public/page-params';
import { signedIn } from '../workspace-page';
import { AgendaPage } from './agenda.page';

/** One participation agenda with its items linked to signals, tables and trajectories. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/agenda')
export class AgendaController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get(':agendaId')
  async show(@Param('agendaId') agendaId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(agendaId);
    const context = await signedIn(this.pages, request, response);
    const agenda = answerOf(await context.api.get<Agenda>(`/participation-agendas/${agendaId}`));
    const bodies = await context.api.get<Page<ParticipationBody>>('/participation-bodies', { limit: 200 });
    // The body's name is a courtesy: the agenda shows its id when the list does not hold it.
    const body = bodies.ok ? bodies.body.items.find((b) => b.id === agenda.bodyId) : undefined;
    sendPage(response, <AgendaPage context={context} agenda={agenda} body={body} />);
  }
}
