import { Controller, Get, NotFoundException, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { ApiClient } from '../../api/api-client';
import type { CouncilProposalReport } from '../../api/api-types';
import type { TrajectoryRecord } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { reportPdf } from '../../print/report-pdf';
import { proposalReport, trajectoryReport } from '../../print/trajectory-report';
import { municipalityCodeOrNotFound, uuidOrNotFound } from '../page-params';
import { loadMunicipalities } from '../municipalities';
import { publicApi } from '../public-api';
import { AsOfPage } from './as-of.page';
import { dateParam, endOfDayInAmsterdam } from './as-of-date';

const PDF_AUTHOR = 'Participatie in beeld';

/**
 * What a griffier attaches to a raadsvoorstel: a trajectory's history and a council proposal's
 * report as PDF, and a trajectory as it stood on a chosen date. Read through the public API
 * (no token), so they hold exactly what the council may see and no personal data.
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller()
export class CouncilReportController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get('trajecten/:trajectoryId/stand')
  async asOf(
    @Param('trajectoryId') trajectoryId: string,
    @Query('op') on: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(trajectoryId);
    const date = dateParam(on);
    if (date === undefined) return response.redirect(303, `/trajecten/${trajectoryId}`);
    const context = await this.pages.create(request, response);
    const api = publicApi(request);
    const record = await historyAsOf(api, trajectoryId, date);
    const report = record ? trajectoryReport(record, await nameOf(api, record), context.t) : undefined;
    sendPage(response, <AsOfPage context={context} trajectoryId={trajectoryId} date={date} report={report} />);
  }

  @Get('trajecten/:trajectoryId/verslag')
  async trajectoryPdf(
    @Param('trajectoryId') trajectoryId: string,
    @Query('op') on: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(trajectoryId);
    const context = await this.pages.create(request, response);
    const api = publicApi(request);
    const date = dateParam(on);
    const record =
      date === undefined
        ? answerOf(await api.get<TrajectoryRecord>(`/advice-trajectories/${trajectoryId}/history`))
        : await historyAsOf(api, trajectoryId, date);
    if (record === undefined) throw new NotFoundException();
    const report = trajectoryReport(record, await nameOf(api, record), context.t);
    const createdAt = new Date(record.asOf ?? record.events.at(-1)?.occurredAt ?? Date.now());
    sendPdf(
      response,
      `adviestraject-${trajectoryId}${date ? `-${date}` : ''}.pdf`,
      await reportPdf(report, {
        language: 'nl-NL',
        author: PDF_AUTHOR,
        createdAt,
      }),
    );
  }

  @Get('raadsvoorstellen/:proposalRef/verslag')
  async proposalPdf(
    @Param('proposalRef') proposalRef: string,
    @Query('gemeente') municipality: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (proposalRef.length === 0 || proposalRef.length > 200) throw new NotFoundException();
    const municipalityCode = typeof municipality === 'string' ? municipalityCodeOrNotFound(municipality) : undefined;
    const context = await this.pages.create(request, response);
    const found = answerOf(
      await publicApi(request).get<CouncilProposalReport>(`/council-proposals/${encodeURIComponent(proposalRef)}`, {
        municipalityCode,
      }),
    );
    const attached = found.advice
      .map((a) => a.attachedOn)
      .sort()
      .at(-1);
    const pdf = await reportPdf(proposalReport(found, context.t), {
      language: 'nl-NL',
      author: PDF_AUTHOR,
      createdAt: new Date(attached ? `${attached}T12:00:00Z` : Date.now()),
    });
    sendPdf(response, `raadsvoorstel-${proposalRef.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`, pdf);
  }
}

/** The history as it stood at the end of `date`; undefined when the trajectory had not started by then. */
async function historyAsOf(api: ApiClient, trajectoryId: string, date: string): Promise<TrajectoryRecord | undefined> {
  const result = await api.get<TrajectoryRecord>(`/advice-trajectories/${trajectoryId}/history`, {
    asOf: endOfDayInAmsterdam(date),
  });
  if (!result.ok && result.status === 404) return undefined;
  return answerOf(result);
}

async function nameOf(api: ApiClient, record: TrajectoryRecord): Promise<string> {
  const municipalities = await loadMunicipalities(api);
  return municipalities?.find((m) => m.code === record.state.municipalityCode)?.name ?? record.state.municipalityCode;
}

function sendPdf(response: Response, filename: string, pdf: Buffer): void {
  response
    .status(200)
    .type('application/pdf')
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'no-store')
    .send(pdf);
}
