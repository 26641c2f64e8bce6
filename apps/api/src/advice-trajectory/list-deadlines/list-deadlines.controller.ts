import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '#application';
import { addDays, dateOf } from '#domain';
import { listDeadlines, type DeadlineHolder, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { presentAdviceSummary } from '../list-advice/advice-summary.presenter';
import { ListDeadlinesQueryDto } from './list-deadlines.query.dto';
import { DeadlineListDto } from './list-deadlines.response.dto';

@ApiTags('advice-trajectories')
@Controller('deadlines')
export class ListDeadlinesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListDeadlines',
    summary:
      "My terms: an official's trajectories (responsibleOfficial) with the college's response or a follow-up " +
      "checkpoint near or past; for the body's side (secretary, body-member) the body's advice deadlines",
    type: DeadlineListDto,
  })
  async listDeadlines(@Query() query: ListDeadlinesQueryDto, @CallerParam() caller: Caller): Promise<DeadlineListDto> {
    const today = dateOf(new Date().toISOString());
    // "Near" includes the last day asked for: terms before the day after it.
    const horizon = addDays(today, query.withinDays + 1);
    const holder = holderOf(caller.principal, query.bodyId);
    const found = await listDeadlines(this.readModels, {
      holder,
      municipalities: caller.principal.municipalities,
      today,
      horizon,
      page: query.page,
      minPosition: query.minPosition,
    });
    return {
      holder: holder.kind,
      horizon,
      ...found,
      items: found.items.map(({ doc, deadlines }) => ({
        trajectory: presentAdviceSummary(doc, today, caller),
        deadlines: deadlines.map((d) => ({ ...d })),
      })),
    };
  }
}

/** The body's side reads its advice deadlines; anyone else the trajectories they are responsible for. */
function holderOf(principal: Principal, bodyId: string | undefined): DeadlineHolder {
  const bodySide = principal.roles.some((role) => role === 'secretary' || role === 'body-member');
  if (bodySide && !principal.roles.includes('official')) {
    return bodyId === undefined ? { kind: 'body' } : { kind: 'body', bodyId };
  }
  return { kind: 'official', responsibleOfficial: principal.id };
}
