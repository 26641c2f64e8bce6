import { InstantQuery } from '../../http/query-fields';
import { PositionQueryDto } from '../../http/query.dto';

export class GetTrajectoryHistoryQueryDto extends PositionQueryDto {
  @InstantQuery({
    description: 'Show the trajectory as it stood at this instant (RFC 3339 with time zone).',
    example: '2026-04-01T00:00:00+02:00',
  })
  asOf?: Date;
}
