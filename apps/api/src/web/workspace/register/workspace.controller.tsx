import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type {
  AdviceSummary,
  AgendaSummary,
  Page,
  PilotSummary,
  SignalSummary,
  TableSummary,
} from '../../api/api-types';
import { allItems } from '../../api/all-pages';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { minPositionOf } from '../../page/min-position';
import { workspaceOptions } from '../workspace-options';
import { signedIn } from '../workspace-page';
import { WorkspacePage } from './workspace.page';

/** The overview's first rows of each register; MoreRows links to the register past them. */
const PAGE_SIZE = 200;

@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte')
export class WorkspaceController {
  constructor(private readonly pages: PageContextFactory) {}

  /** `?na=` is the position of the command just recorded: the lists wait until they show it. */
  @Get()
  async show(@Query('na') after: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const minPosition = minPositionOf(after);
    const [advice, signals, tables, agendas, pilots, options] = await Promise.all([
      context.api.get<Page<AdviceSummary>>('/advice-trajectories', { limit: PAGE_SIZE, minPosition }),
      context.api.get<Page<SignalSummary>>('/signals', { limit: PAGE_SIZE, minPosition }),
      context.api.get<Page<TableSummary>>('/temporary-tables', { limit: PAGE_SIZE, minPosition }),
      // The forms of every agenda and pilot: an answer the visitor may not read shows no links.
      allItems<AgendaSummary>(context.api, '/participation-agendas', { minPosition }),
      allItems<PilotSummary>(context.api, '/pilots', { minPosition }),
      workspaceOptions(context.api, context.session),
    ]);
    sendPage(
      response,
      <WorkspacePage
        context={context}
        advice={answerOf(advice)}
        signals={answerOf(signals)}
        tables={answerOf(tables)}
        saved={minPosition !== undefined}
        bodies={options.bodies}
        agendas={agendas.ok ? agendas.body : []}
        pilots={pilots.ok ? pilots.body : []}
      />,
    );
  }
}
