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
import { appointMemberForm } from './appoint-member/appoint-member.form';
import { draftAgendaForm } from './draft-agenda/draft-agenda.form';
import { endMembershipForm } from './end-membership/end-membership.form';
import { raiseBodyDisputeForm } from './raise-body-dispute/raise-body-dispute.form';
import { recordConsultationForm } from './record-consultation/record-consultation.form';
import { resolveBodyDisputeForm } from './resolve-body-dispute/resolve-body-dispute.form';
import { selfEvaluationForm } from './self-evaluation/self-evaluation.form';
import { handleForm, type SignedInContext } from './workspace-page';

type BodyForm = (context: SignedInContext, api: ApiClient, bodyId: string) => Promise<FormDefinition> | FormDefinition;

/**
 * A participation body's forms: members, consultations, the self-evaluation, disputes and the
 * yearly agenda. Each is a path below the body (`/werkruimte/organen/{id}/…`), beside its page.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/organen')
export class BodyFormsController {
  constructor(private readonly pages: PageContextFactory) {}

  @All(':bodyId/leden/nieuw')
  appointMember(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'AppointMember', appointMemberForm);
  }

  @All(':bodyId/leden/beeindigen')
  endMembership(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'EndMembership', endMembershipForm);
  }

  @All(':bodyId/overleg/nieuw')
  recordConsultation(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RecordConsultation', recordConsultationForm);
  }

  @All(':bodyId/zelfevaluatie/nieuw')
  selfEvaluation(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RecordSelfEvaluation', selfEvaluationForm);
  }

  @All(':bodyId/geschil/nieuw')
  raiseDispute(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'RaiseBodyDispute', raiseBodyDisputeForm);
  }

  @All(':bodyId/geschil/beslechten')
  resolveDispute(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'ResolveBodyDispute', resolveBodyDisputeForm);
  }

  @All(':bodyId/agenda/nieuw')
  draftAgenda(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.form(request, response, id, 'DraftParticipationAgenda', (context, _api, bodyId) =>
      draftAgendaForm(context, bodyId),
    );
  }

  private form(
    request: Request,
    response: Response,
    id: string,
    operation: OperationId,
    build: BodyForm,
  ): Promise<void> {
    const bodyId = uuidOrNotFound(id);
    return handleForm(this.pages, request, response, operation, (context) => build(context, context.api, bodyId));
  }
}
