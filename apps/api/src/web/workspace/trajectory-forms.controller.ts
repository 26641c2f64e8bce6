import { All, Controller, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { OperationId } from '#application';
import { Public } from '../../auth/public.decorator';
import type { ApiClient } from '../api/api-client';
import type { FormDefinition } from '../forms/form-model';
import { PageContextFactory } from '../page/page-context';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { agreeApproachForm } from './agree-approach/agree-approach.form';
import { attachToProposalForm } from './attach-to-proposal/attach-to-proposal.form';
import { closeTrajectoryForm } from './close-trajectory/close-trajectory.form';
import { collegeResponseForm } from './college-response/college-response.form';
import { confirmApproachForm } from './confirm-approach/confirm-approach.form';
import { correctCollegeResponseForm } from './correct-college-response/correct-college-response.form';
import { councilDecisionForm } from './council-decision/council-decision.form';
import { followUpForm } from './follow-up/follow-up.form';
import { issueAdviceForm } from './issue-advice/issue-advice.form';
import { linkSignalForm } from './link-signal/link-signal.form';
import { linkTableForm } from './link-table/link-table.form';
import { raiseDisputeForm } from './raise-dispute/raise-dispute.form';
import { reportImplementationForm } from './report-implementation/report-implementation.form';
import { resolveDisputeForm } from './resolve-dispute/resolve-dispute.form';
import { startTrajectoryForm } from './start-trajectory/start-trajectory.form';
import { withdrawTrajectoryForm } from './withdraw-trajectory/withdraw-trajectory.form';
import { handleForm, type SignedInContext } from './workspace-page';

type TrajectoryForm = (context: SignedInContext, api: ApiClient, trajectoryId: string) => Promise<FormDefinition>;

/** The advice-trajectory forms of the workspace, from the start to the implementation and the end. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/trajecten')
export class TrajectoryFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All('nieuw')
  start(@Req() request: Request, @Res() response: Response): Promise<void> {
    return handleForm(this.pages, request, response, 'StartAdviceTrajectory', (context) =>
      startTrajectoryForm(context, context.api),
    );
  }

  @All(':trajectoryId/participatieaanpak')
  agreeApproach(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'AgreeParticipationApproach', agreeApproachForm);
  }

  @All(':trajectoryId/participatieaanpak/bevestigen')
  confirmApproach(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'ConfirmParticipationApproach', confirmApproachForm);
  }

  @All(':trajectoryId/signaal-koppelen')
  linkSignal(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'LinkSignal', linkSignalForm);
  }

  @All(':trajectoryId/tafel-koppelen')
  linkTable(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'LinkTemporaryTable', linkTableForm);
  }

  @All(':trajectoryId/advies')
  issueAdvice(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'IssueAdvice', issueAdviceForm);
  }

  @All(':trajectoryId/collegereactie')
  collegeResponse(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'RecordCollegeResponse', collegeResponseForm);
  }

  @All(':trajectoryId/collegereactie/corrigeren')
  correctCollegeResponse(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'CorrectCollegeResponse', correctCollegeResponseForm);
  }

  @All(':trajectoryId/raadsvoorstel')
  attachToProposal(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'AttachToCouncilProposal', attachToProposalForm);
  }

  @All(':trajectoryId/raadsbesluit')
  councilDecision(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'RecordCouncilDecision', councilDecisionForm);
  }

  @All(':trajectoryId/vervolgafspraken')
  followUp(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'AgreeImplementationFollowUp', followUpForm);
  }

  @All(':trajectoryId/uitvoering')
  reportImplementation(
    @Param('trajectoryId') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.form(request, response, id, 'ReportImplementationProgress', reportImplementationForm);
  }

  @All(':trajectoryId/geschil')
  raiseDispute(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RaiseDispute', raiseDisputeForm);
  }

  @All(':trajectoryId/geschil/beslechten')
  resolveDispute(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'ResolveDispute', resolveDisputeForm);
  }

  @All(':trajectoryId/afsluiten')
  close(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'CloseTrajectory', closeTrajectoryForm);
  }

  @All(':trajectoryId/intrekken')
  withdraw(@Param('trajectoryId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'WithdrawTrajectory', withdrawTrajectoryForm);
  }

  private form(
    request: Request,
    response: Response,
    id: string,
    operation: OperationId,
    build: TrajectoryForm,
  ): Promise<void> {
    const trajectoryId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, operation, (context) => build(context, context.api, trajectoryId));
  }
}
