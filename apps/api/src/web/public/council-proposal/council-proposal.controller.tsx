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
    const report = await publicApi(request).get<CouncilProposalReport>(
      `/council-proposals/${encodeURIComponent(proposalRef)}`,
    );
    sendPage(response, <CouncilProposalPage context={context} report={answerOf(report)} />);
  }
}
