import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { TrajectoryRecord } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { reportPdf } from '../../print/report-pdf';
import { proposalReport, trajectoryReport } from '../../print/trajectory-report';
import { openPublicProposalPage } from '../council-proposal/public-proposal-page';
import { municipalityCodeOrNotFound, uuidOrNotFound } from '../page-params';
import { PUBLIC_READS, type PublicReads } from '../public-reads';
import { PublicTrajectoryPage } from '../trajectory/public-trajectory-page';
import { AsOfPage } from './as-of.page';
import { dateParam } from './as-of-date';

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
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(PUBLIC_READS) private readonly reads: PublicReads,
  ) {}

  @Get('trajecten/:trajectoryId/stand')
  async asOf(
    @Param('trajectoryId') trajectoryId: string,
    @Query('op') on: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const date = dateParam(on);
    if (date === undefined) return response.redirect(303, `/trajecten/${uuidOrNotFound(trajectoryId)}`);
    const page = await PublicTrajectoryPage.open(this.pages, this.reads, request, response, trajectoryId);
    const record = await page.historyAsOf(date);
    const report = record ? await reportOf(page, record) : undefined;
    sendPage(response, <AsOfPage context={page.context} trajectoryId={trajectoryId} date={date} report={report} />);
  }

  @Get('trajecten/:trajectoryId/verslag')
  async trajectoryPdf(
    @Param('trajectoryId') trajectoryId: string,
    @Query('op') on: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const page = await PublicTrajectoryPage.open(this.pages, this.reads, request, response, trajectoryId);
    const date = dateParam(on);
    const record = date === undefined ? answerOf(await page.history()) : await page.historyAsOf(date);
    if (record === undefined) throw new NotFoundException();
    const createdAt = new Date(record.asOf ?? record.events.at(-1)?.occurredAt ?? Date.now());
    sendPdf(
      response,
      `adviestraject-${trajectoryId}${date ? `-${date}` : ''}.pdf`,
      await reportPdf(await reportOf(page, record), {
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
    const municipalityCode = typeof municipality === 'string' ? municipalityCodeOrNotFound(municipality) : undefined;
    const { context, report: found } = await openPublicProposalPage(
      this.pages,
      request,
      response,
      proposalRef,
      municipalityCode,
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

/** The trajectory's report as the council reads it, its municipality named. */
async function reportOf(
  page: PublicTrajectoryPage,
  record: TrajectoryRecord,
): Promise<ReturnType<typeof trajectoryReport>> {
  return trajectoryReport(record, await page.municipalityName(record.state.municipalityCode), page.context.t);
}

function sendPdf(response: Response, filename: string, pdf: Buffer): void {
  response
    .status(200)
    .type('application/pdf')
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'no-store')
    .send(pdf);
}
