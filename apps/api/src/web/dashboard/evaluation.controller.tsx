import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import type { AuditTrailVerification, PilotEvaluation } from '../api/api-types';
import { answerOf } from '../page/answer-of';
import { PageContextFactory } from '../page/page-context';
import { sendPage } from '../page/render';
import { WebErrorFilter } from '../page/web-error.filter';
import { uuidOrNotFound } from '../public/page-params';
import { signedIn, type SignedInContext } from '../workspace/workspace-page';
import { evaluationWorkbook } from './downloads/evaluation-workbook';
import { EvaluationPage } from './evaluation/evaluation.page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The evaluators' dashboard and its downloads; the API decides who may read which pilot. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('evaluatie')
export class EvaluationController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async choose(@Query('pilot') pilot: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const pilotId = typeof pilot === 'string' ? pilot.trim() : '';
    if (UUID.test(pilotId)) return response.redirect(303, `/evaluatie/${pilotId.toLowerCase()}`);
    const audit = await this.audit(context);
    sendPage(
      response,
      <EvaluationPage
        context={context}
        evaluation={undefined}
        audit={audit}
        pilotId={pilotId}
        notFound={pilotId !== ''}
      />,
      pilotId === '' ? 200 : 404,
    );
  }

  @Get(':pilotId')
  async show(@Param('pilotId') pilotId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(pilotId);
    const context = await signedIn(this.pages, request, response);
    const [result, audit] = await Promise.all([
      context.api.get<PilotEvaluation>(`/pilots/${pilotId}/evaluation`),
      this.audit(context),
    ]);
    const missing = !result.ok && (result.status === 404 || result.status === 403);
    sendPage(
      response,
      <EvaluationPage
        context={context}
        evaluation={missing ? undefined : answerOf(result)}
        audit={audit}
        pilotId={pilotId}
        notFound={missing}
      />,
      missing ? 404 : 200,
    );
  }

  /** The CSV export as the API makes it (ExportPilotEvaluation), as a download. */
  @Get(':pilotId/meetpunten.csv')
  async csv(@Param('pilotId') pilotId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(pilotId);
    const context = await signedIn(this.pages, request, response);
    const csv = answerOf(await context.api.getText(`/pilots/${pilotId}/evaluation-export`));
    response
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="pilot-${pilotId}.csv"`)
      .setHeader('Cache-Control', 'no-store')
      .send(csv);
  }

  @Get(':pilotId/meetpunten.xlsx')
  async xlsx(@Param('pilotId') pilotId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(pilotId);
    const context = await signedIn(this.pages, request, response);
    const evaluation = answerOf(await context.api.get<PilotEvaluation>(`/pilots/${pilotId}/evaluation`));
    response
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader('Content-Disposition', `attachment; filename="pilot-${pilotId}.xlsx"`)
      .setHeader('Cache-Control', 'no-store')
      .send(await evaluationWorkbook(evaluation, context.t));
  }

  /** VerifyAuditTrail, when this server has it and the visitor may run it; otherwise nothing to show. */
  private async audit(context: SignedInContext): Promise<AuditTrailVerification | undefined> {
    const result = await context.api.get<AuditTrailVerification>('/audit-trail/verification');
    return result.ok ? result.body : undefined;
  }
}
