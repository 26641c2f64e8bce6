import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { addAgendaItemForm } from './add-agenda-item/add-agenda-item.form';
import { agreeAgendaForm } from './agree-agenda/agree-agenda.form';
import { recordFindingForm } from './record-finding/record-finding.form';
import { handleForm } from './workspace-page';

/** The participation agenda's forms and the evaluator's finding on a pilot. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte')
export class AgendaAndPilotFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('agenda/:agendaId/punt')
  addItem(@Param('agendaId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const agendaId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, 'AddAgendaItem', (context) =>
      addAgendaItemForm(context, context.api, agendaId),
    );
  }

  @All('agenda/:agendaId/instemmen')
  agree(@Param('agendaId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const agendaId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, 'AgreeParticipationAgenda', (context) =>
      agreeAgendaForm(context, agendaId),
    );
  }

  @All('pilots/:pilotId/bevinding')
  recordFinding(@Param('pilotId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const pilotId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, 'RecordEvaluationFinding', (context) =>
      recordFindingForm(context, pilotId),
    );
  }
}
