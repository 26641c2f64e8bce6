import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { attachToProposalForm } from './attach-to-proposal/attach-to-proposal.form';
import { collegeResponseForm } from './college-response/college-response.form';
import { issueAdviceForm } from './issue-advice/issue-advice.form';
import { linkSignalForm } from './link-signal/link-signal.form';
import { reportImplementationForm } from './report-implementation/report-implementation.form';
import { startTrajectoryForm } from './start-trajectory/start-trajectory.form';
import { handleForm } from './workspace-page';

/** The advice-trajectory forms of the workspace, from the start to the implementation. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/trajecten')
export class TrajectoryFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('nieuw')
  start(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, (context) => startTrajectoryForm(context, context.api));
  }

  @All(':trajectoryId/signaal-koppelen')
  linkSignal(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, (context) =>
      linkSignalForm(context, context.api, uuidOrNotFound(id)),
    );
  }

  @All(':trajectoryId/advies')
  issueAdvice(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, (context) =>
      issueAdviceForm(context, context.api, uuidOrNotFound(id)),
    );
  }

  @All(':trajectoryId/collegereactie')
  collegeResponse(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return handleForm(this.pages, request, response, (context) =>
      collegeResponseForm(context, context.api, uuidOrNotFound(id)),
    );
  }

  @All(':trajectoryId/raadsvoorstel')
  attachToProposal(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return handleForm(this.pages, request, response, (context) =>
      attachToProposalForm(context, context.api, uuidOrNotFound(id)),
    );
  }

  @All(':trajectoryId/uitvoering')
  reportImplementation(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return handleForm(this.pages, request, response, (context) =>
      reportImplementationForm(context, context.api, uuidOrNotFound(id)),
    );
  }
}
