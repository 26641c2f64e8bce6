import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { InfluenceChain, TrajectoryHistory } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../page-params';
import type { TrajectoryCheckpoints } from './event-checkpoint';
import { followingAnswer, pressFollowButton } from './following-form';
import { nameIn, PublicTrajectoryPage } from './public-trajectory-page';
import type { TrajectoryDocument } from './trajectory-documents';
import { trajectoryActions } from './trajectory-actions.rules';
import { TrajectoryPage } from './trajectory.page';

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('trajecten')
export class TrajectoryController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get(':trajectoryId')
  async show(
    @Param('trajectoryId') trajectoryId: string,
    @Query('na') after: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const page = await PublicTrajectoryPage.open(this.pages, request, response, trajectoryId);
    const { api, context } = page;
    const [chain, history, municipalities, checkpoints, documents, following] = await Promise.all([
      // After a form, `?na=` holds the command's position: show the trajectory with it.
      api.get<InfluenceChain>(`/advice-trajectories/${trajectoryId}/influence-chain`, {
        minPosition: minPositionOf(after),
      }),
      page.history<TrajectoryHistory>(),
      page.municipalities(),
      api.get<TrajectoryCheckpoints>(`/audit-trail/advice-trajectories/${trajectoryId}/checkpoints`),
      api.get<{ items: TrajectoryDocument[] }>(`/advice-trajectories/${trajectoryId}/documents`, {
        minPosition: minPositionOf(after),
      }),
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
        {...(checkpoints.ok ? { checkpoints: checkpoints.body } : {})}
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
