import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  DomainError,
  fold,
  type AdviceTrajectoryEvent,
} from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { ensureMayRead, viewerOf } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { TrajectoryHistoryDto } from './get-trajectory-history.response.dto';
import { presentEvent, presentState } from './trajectory-history.presenter';

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class GetTrajectoryHistoryController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  /**
   * Answered from the event store, not from a read model: always current, and `asOf` folds
   * only the events recorded by then.
   */
  @Get(':trajectoryId/history')
  @ApiTrajectoryId()
  @ApiQuery({
    name: 'asOf',
    required: false,
    schema: { type: 'string', format: 'date-time', example: '2026-04-01T00:00:00+02:00' },
    description: 'Show the trajectory as it stood at this instant (RFC 3339 with time zone).',
  })
  @QueryOperation({
    operationId: 'GetTrajectoryHistory',
    summary: 'Every event of an advice trajectory, oldest first, with the state they add up to; or as of an instant',
    type: TrajectoryHistoryDto,
    answersPublic: true,
  })
  async getTrajectoryHistory(
    @TrajectoryId() trajectoryId: string,
    @Req() request: AuthenticatedRequest,
    @Query('asOf') asOf?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<TrajectoryHistoryDto> {
    const until = instantOf(asOf, minPosition);
    const recorded = await this.storage.eventStore.readStream(adviceTrajectoryStreamId(trajectoryId));
    const municipalityCode = municipalityOf(recorded);
    if (municipalityCode === undefined) throw notFound();
    const viewer = viewerOf(request);
    ensureMayRead(viewer, municipalityCode);
    const events = until === undefined ? recorded : recorded.filter((e) => e.recordedAt.getTime() <= until.getTime());
    const state = fold(
      adviceTrajectoryDecider,
      events.map((e) => ({ type: e.type, data: e.data }) as AdviceTrajectoryEvent),
    );
    if (state.status === 'none') throw notFound();
    return {
      trajectoryId,
      ...(until === undefined ? {} : { asOf: until.toISOString() }),
      state: presentState(state),
      events: events.map((event) => presentEvent(event, viewer)),
    };
  }
}

/** `asOf` as an instant, after checking both parameters and naming every one that is wrong. */
function instantOf(asOf: string | undefined, minPosition: string | undefined): Date | undefined {
  const invalid: { name: string; reason: string }[] = [];
  try {
    minPositionOf(minPosition);
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    invalid.push(...error.invalidParams);
  }
  const instant = asOf === undefined ? undefined : new Date(asOf);
  if (asOf !== undefined && (!RFC_3339.test(asOf) || Number.isNaN(instant?.getTime()))) {
    invalid.push({
      name: 'asOf',
      reason: 'asOf must be an RFC 3339 instant with time zone, e.g. 2026-04-01T00:00:00Z',
    });
  }
  if (invalid.length > 0) throw new RequestValidationError(invalid);
  return instant;
}

function municipalityOf(events: readonly RecordedEvent[]): string | undefined {
  const first = events[0];
  if (!first) return undefined;
  return (first.data as { municipalityCode?: string }).municipalityCode ?? first.metadata.municipalityCode;
}

function notFound(): DomainError {
  return new DomainError(
    'ADVICE_TRAJECTORY.NOT_FOUND',
    'There is no such advice trajectory, or it had not started at that instant.',
    'not-found',
  );
}
