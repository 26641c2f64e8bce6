import { Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../page-params';
import { PUBLIC_READS, type PublicReads } from '../public-reads';
import { followingAnswer, pressFollowButton } from './following-form';
import { nameIn, PublicTrajectoryPage } from './public-trajectory-page';
import { trajectoryActions } from './trajectory-actions.rules';
import { TrajectoryPage } from './trajectory.page';

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('trajecten')
export class TrajectoryController {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(PUBLIC_READS) private readonly reads: PublicReads,
  ) {}

  @Get(':trajectoryId')
  async show(
    @Param('trajectoryId') trajectoryId: string,
    @Query('na') after: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const page = await PublicTrajectoryPage.open(this.pages, this.reads, request, response, trajectoryId);
    const { context, reads } = page;
    // After a form, `?na=` holds the command's position: show the trajectory with it.
    const minPosition = minPositionOf(after);
    // Each piece is read in this process; only the follow state (a signed-in visitor's own) asks the API.
    const [chain, [history, checkpoints], municipalities, documents, following] = await Promise.all([
      reads.influenceChain(trajectoryId, minPosition),
      page.historyWithCheckpoints(),
      page.municipalities(),
      reads.documents(trajectoryId, minPosition),
      followingAnswer<{ following: boolean }>(context, `/advice-trajectories/${trajectoryId}/following`),
    ]);
    const influenceChain = answerOf(chain);
    // The log reads the same without checkpoints: the page never fails for want of one.
    sendPage(
      response,
      <TrajectoryPage
        context={context}
        chain={influenceChain}
        history={answerOf(history)}
        {...(checkpoints?.ok ? { checkpoints: checkpoints.body } : {})}
        municipalityName={nameIn(municipalities, influenceChain.municipalityCode)}
        actions={trajectoryActions(context, influenceChain)}
        {...(documents.ok ? { documents: documents.body.items } : {})}
        {...(following ? { following: following.following } : {})}
      />,
    );
  }

  /** The follow button (FollowTrajectory / UnfollowTrajectory), back to the page with the new state. */
  @Post(':trajectoryId/volgen')
  async follow(
    @Param('trajectoryId') trajectoryId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(trajectoryId);
    await pressFollowButton(this.pages, request, response, {
      apiPath: `/advice-trajectories/${trajectoryId}/following`,
      page: `/trajecten/${trajectoryId}`,
    });
  }
}
