import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { assessSignalForm } from './assess-signal/assess-signal.form';
import { closeSignalForm } from './close-signal/close-signal.form';
import { clusterSignalsForm } from './cluster-signals/cluster-signals.form';
import { recordSignalForm } from './record-signal/record-signal.form';
import { referSignalForm } from './refer-signal/refer-signal.form';
import { handleForm } from './workspace-page';

/** The signal forms of the workspace; the API decides who may send them. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/signalen')
export class SignalFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('nieuw')
  recordSignal(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'RecordSignal', (context) =>
      recordSignalForm(context, context.api),
    );
  }

  @All('bundelen')
  clusterSignals(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'ClusterSignals', (context) =>
      clusterSignalsForm(context, context.api),
    );
  }

  @All(':signalId/beoordelen')
  assessSignal(@Param('signalId') signalId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(signalId);
    return handleForm(this.pages, request, response, 'AssessSignal', (context) => assessSignalForm(context, signalId));
  }

  @All(':signalId/doorverwijzen')
  referSignal(@Param('signalId') signalId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(signalId);
    return handleForm(this.pages, request, response, 'ReferSignal', (context) => referSignalForm(context, signalId));
  }

  @All(':signalId/afsluiten')
  closeSignal(@Param('signalId') signalId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(signalId);
    return handleForm(this.pages, request, response, 'CloseSignal', (context) => closeSignalForm(context, signalId));
  }
}
