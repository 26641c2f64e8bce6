import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { OperationId } from '#application';
import { Public } from '../../auth/public.decorator';
import type { FormDefinition } from '../forms/form-model';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { closeTableForm } from './close-table/close-table.form';
import { holdSessionForm } from './hold-session/hold-session.form';
import { openTableForm } from './open-table/open-table.form';
import { recordContributionForm } from './record-contribution/record-contribution.form';
import { registerParticipantForm } from './register-participant/register-participant.form';
import { handleForm, type SignedInContext } from './workspace-page';

/** The temporary-table forms of the workspace. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/tafels')
export class TableFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('nieuw')
  openTable(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'OpenTemporaryTable', (context) =>
      openTableForm(context, context.api),
    );
  }

  @All(':tableId/deelnemer')
  registerParticipant(@Param('tableId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RegisterParticipant', registerParticipantForm);
  }

  @All(':tableId/bijeenkomst')
  holdSession(@Param('tableId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'HoldSession', holdSessionForm);
  }

  @All(':tableId/bijdrage')
  recordContribution(@Param('tableId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RecordContribution', recordContributionForm);
  }

  @All(':tableId/afsluiten')
  closeTable(@Param('tableId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'CloseTemporaryTable', closeTableForm);
  }

  private form(
    request: Request,
    response: Response,
    id: string,
    operation: OperationId,
    build: (context: SignedInContext, tableId: string) => FormDefinition,
  ): Promise<void> {
    const tableId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, operation, (context) => build(context, tableId));
  }
}
