import { UuidField } from '../../http/fields';
import { WholeNumberQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListDeadlinesQueryDto extends PageQueryDto {
  @WholeNumberQuery({ min: 0, max: 365, description: 'How many days ahead a term counts as near (default 14).' })
  withinDays = 14;

  @UuidField({ optional: true, description: "The body's side: only this body's advice deadlines." })
  bodyId?: string;
}
