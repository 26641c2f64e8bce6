import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { municipalityCodeOrNotFound } from '../page-params';
import type { TrajectoryDocument } from '../trajectory/trajectory-documents';
import { pressFollowButton } from '../trajectory/following-form';
import { CouncilProposalPage } from './council-proposal.page';
import { proposalFollowChoices } from './proposal-following';
import { openPublicProposalPage, proposalRefOrNotFound } from './public-proposal-page';

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
    const { context, api, report } = await openPublicProposalPage(this.pages, request, response, proposalRef);
    // Each advice's public documents (#21); an advice whose list cannot be asked shows none.
    const [lists, follow] = await Promise.all([
      Promise.all(
        report.advice.map(async ({ trajectoryId }) => {
          const answer = await api.get<{ items: TrajectoryDocument[] }>(
            `/advice-trajectories/${trajectoryId}/documents`,
          );
          return answer.ok ? ([[trajectoryId, answer.body.items]] as const) : [];
        }),
      ),
      proposalFollowChoices(context, api, report),
    ]);
    const documents = Object.fromEntries(lists.flat());
    sendPage(response, <CouncilProposalPage context={context} report={report} documents={documents} follow={follow} />);
  }

  /** The follow button (FollowCouncilProposal / UnfollowCouncilProposal) of one municipality's proposal. */
  @Post(':proposalRef/volgen')
  async follow(
    @Param('proposalRef') proposalRef: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    proposalRefOrNotFound(proposalRef);
    const municipalityCode = municipalityCodeOrNotFound(typeof body['gemeente'] === 'string' ? body['gemeente'] : '');
    const path = encodeURIComponent(proposalRef);
    await pressFollowButton(this.pages, request, response, {
      apiPath: `/council-proposals/${path}/following`,
      query: { municipalityCode },
      page: `/raadsvoorstellen/${path}`,
    });
  }
}
