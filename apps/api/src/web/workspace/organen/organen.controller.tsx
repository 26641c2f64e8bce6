import { Controller, Get, NotFoundException, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import type { ApiClient } from '../../api/api-client';
import type { Page } from '../../api/api-types';
import type {
  AgendaSummary,
  BodyComposition,
  ConsultationList,
  Dispute,
  Member,
  ParticipationBody,
  SelfEvaluation,
} from '../../api/record-types';
import { answerOf } from '../../page/answer-of';
import { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../../public/page-params';
import { optionalAnswer } from '../records/optional-answer';
import { pageOfQuery, queryOf } from '../registers/register-query';
import { signedIn } from '../workspace-page';
import { BodiesPage } from './bodies.page';
import { BodyPage } from './body.page';

/** The API's largest page: a body's members, years and agendas fit in it many times over. */
const WHOLE = { limit: 200 };

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

  @Get(':bodyId')
  async show(@Param('bodyId') bodyId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    uuidOrNotFound(bodyId);
    const context = await signedIn(this.pages, request, response);
    const { api } = context;
    const on = (part: string): string => `/participation-bodies/${bodyId}/${part}`;
    const [body, members, composition, consultations, selfEvaluations, agendas, disputes] = await Promise.all([
      findBody(api, bodyId),
      api.get<Page<Member>>(on('members'), WHOLE),
      api.get<BodyComposition>(on('composition')),
      api.get<ConsultationList>(on('consultations'), WHOLE),
      api.get<Page<SelfEvaluation>>(on('self-evaluations'), WHOLE),
      api.get<Page<AgendaSummary>>('/participation-agendas', { bodyId, ...WHOLE }),
      api.get<{ items: Dispute[] }>('/disputes', { bodyId }),
    ]);
    sendPage(
      response,
      <BodyPage
        context={context}
        records={{
          body,
          members: optionalAnswer(members)?.items,
          composition: optionalAnswer(composition),
          consultations: answerOf(consultations),
          selfEvaluations: answerOf(selfEvaluations).items,
          agendas: answerOf(agendas).items,
          disputes: optionalAnswer(disputes)?.items,
        }}
      />,
    );
  }
}

/** The body among those the visitor may read, paging through the list (there is no GetParticipationBody). */
async function findBody(api: ApiClient, bodyId: string): Promise<ParticipationBody> {
  for (let offset = 0; ; offset += WHOLE.limit) {
    const page = answerOf(await api.get<Page<ParticipationBody>>('/participation-bodies', { offset, ...WHOLE }));
    const found = page.items.find((body) => body.id === bodyId);
    if (found) return found;
    if (offset + WHOLE.limit >= page.total) throw new NotFoundException();
  }
}
