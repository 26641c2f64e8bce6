import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { holdSessionForm } from './hold-session/hold-session.form';
import { openTableForm } from './open-table/open-table.form';
import { recordContributionForm } from './record-contribution/record-contribution.form';
import { handleForm } from './workspace-page';

/** The temporary-table forms of the workspace. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/tafels')
export class TableFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('nieuw')
  openTable(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, (context) => openTableForm(context, context.api));
  }

  @All(':tableId/bijeenkomst')
  holdSession(@Param('tableId') tableId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(tableId);
    return handleForm(this.pages, request, response, (context) => holdSessionForm(context, tableId));
  }

  @All(':tableId/bijdrage')
  recordContribution(
    @Param('tableId') tableId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(tableId);
    return handleForm(this.pages, request, response, (context) => recordContributionForm(context, tableId));
  }
}
