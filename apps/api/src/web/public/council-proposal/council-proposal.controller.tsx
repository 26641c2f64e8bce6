import { Controller, Get, NotFoundException, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { CouncilProposalReport } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { publicApi } from '../public-api';
import type { TrajectoryDocument } from '../trajectory/trajectory-documents';
import { CouncilProposalPage } from './council-proposal.page';

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('raadsvoorstellen')
export class CouncilProposalController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get(':proposalRef')
  async show(
    @Param('proposalRef') proposalRef: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (proposalRef.length === 0 || proposalRef.length > 200) throw new NotFoundException();
    const context = await this.pages.create(request, response);
    const api = publicApi(request);
    const report = answerOf(
      await api.get<CouncilProposalReport>(`/council-proposals/${encodeURIComponent(proposalRef)}`),
    );
    // Each advice's public documents (#21); an advice whose list cannot be asked shows none.
    const lists = await Promise.all(
      report.advice.map(async ({ trajectoryId }) => {
        const answer = await api.get<{ items: TrajectoryDocument[] }>(`/advice-trajectories/${trajectoryId}/documents`);
        return answer.ok ? ([[trajectoryId, answer.body.items]] as const) : [];
      }),
    );
    const documents = Object.fromEntries(lists.flat());
    sendPage(response, <CouncilProposalPage context={context} report={report} documents={documents} />);
  }
}
