import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { InfluenceChain, TrajectoryHistory } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import type { TrajectoryCheckpoints } from './event-checkpoint';
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
    const [chain, history, municipalities, checkpoints, documents] = await Promise.all([
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
      />,
    );
  }
}
