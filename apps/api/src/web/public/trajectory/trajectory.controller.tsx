import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { InfluenceChain, TrajectoryHistory } from '../../api/api-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { loadMunicipalities } from '../municipalities';
import { uuidOrNotFound } from '../page-params';
import { publicApi } from '../public-api';
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
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(trajectoryId);
    const context = await this.pages.create(request, response);
    const api = publicApi(request);
    const [chain, history, municipalities] = await Promise.all([
      api.get<InfluenceChain>(`/advice-trajectories/${trajectoryId}/influence-chain`),
      api.get<TrajectoryHistory>(`/advice-trajectories/${trajectoryId}/history`),
      loadMunicipalities(api),
    ]);
    const influenceChain = answerOf(chain);
    const name = municipalities?.find((m) => m.code === influenceChain.municipalityCode)?.name;
    sendPage(
      response,
      <TrajectoryPage
        context={context}
        chain={influenceChain}
        history={answerOf(history)}
        municipalityName={name ?? influenceChain.municipalityCode}
        actions={trajectoryActions(context, influenceChain)}
      />,
    );
  }
}
