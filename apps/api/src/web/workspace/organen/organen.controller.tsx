import { Controller, Get, NotFoundException, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { allItems, allPages } from '../../api/all-pages';
import type { ApiClient, ApiResult } from '../../api/api-client';
import type { Page } from '../../api/api-types';
import type {
  AgendaSummary,
  BodyComposition,
  ConsultationList,
  ConsultationYear,
  Dispute,
  Member,
  ParticipationBody,
  SelfEvaluation,
} from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { minPositionOf } from '../../page/min-position';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { offsetOf, uuidOrNotFound } from '../../public/page-params';
import { optionalAnswer } from '../records/optional-answer';
import { pageOfQuery, queryOf, REGISTER_PAGE_SIZE } from '../registers/register-query';
import { signedIn } from '../workspace-page';
import { BodiesPage } from './bodies.page';
import { BodyPage } from './body.page';
import { findBody } from './find-body';

/** The participation bodies, and per body everything recorded about it. */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte/organen')
export class BodiesController {
  constructor(private readonly pages: PageContextFactory) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const context = await signedIn(this.pages, request, response);
    const bodies = answerOf(
      await context.api.get<Page<ParticipationBody>>('/participation-bodies', pageOfQuery(queryOf(request))),
    );
    sendPage(response, <BodiesPage context={context} bodies={bodies} />);
  }

  /**
   * The members page by page with their count; the body's years (consultations, self-evaluations,
   * agendas) whole. `?na=` is the position of the command just recorded: the page waits for it.
   */
  @Get(':bodyId')
  async show(
    @Param('bodyId') bodyId: string,
    @Query('na') after: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    uuidOrNotFound(bodyId);
    const context = await signedIn(this.pages, request, response);
    const { api } = context;
    const minPosition = minPositionOf(after);
    const on = (part: string): string => `/participation-bodies/${bodyId}/${part}`;
    const [body, members, composition, consultations, selfEvaluations, agendas, disputes] = await Promise.all([
      findBody(api, bodyId, minPosition),
      membersPage(api, on('members'), queryOf(request).offset, minPosition),
      api.get<BodyComposition>(on('composition'), { minPosition }),
      allPages<ConsultationYear, ConsultationList>(api, on('consultations'), { minPosition }),
      allItems<SelfEvaluation>(api, on('self-evaluations'), { minPosition }),
      allItems<AgendaSummary>(api, '/participation-agendas', { bodyId, minPosition }),
      api.get<{ items: Dispute[] }>('/disputes', { bodyId, minPosition }),
    ]);
    if (body === undefined) throw new NotFoundException();
    sendPage(
      response,
      <BodyPage
        context={context}
        saved={minPosition !== undefined}
        records={{
          body,
          members: optionalAnswer(members),
          composition: optionalAnswer(composition),
          consultations: answerOf(consultations),
          selfEvaluations: answerOf(selfEvaluations),
          agendas: answerOf(agendas),
          disputes: optionalAnswer(disputes)?.items,
        }}
      />,
    );
  }
}

/**
 * One page of the members. Right after a form (`?na=`) without a page asked for, the last
 * page: members are listed in order of appointment, so the one just appointed is there.
 */
async function membersPage(
  api: ApiClient,
  path: string,
  offsetParam: unknown,
  minPosition: string | undefined,
): Promise<ApiResult<Page<Member>>> {
  const limit = REGISTER_PAGE_SIZE;
  const first = await api.get<Page<Member>>(path, { offset: offsetOf(offsetParam), limit, minPosition });
  if (!first.ok || offsetParam !== undefined || minPosition === undefined || first.body.total <= limit) return first;
  return api.get<Page<Member>>(path, { offset: Math.floor((first.body.total - 1) / limit) * limit, limit });
}
