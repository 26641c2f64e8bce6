import { UuidField } from '../../http/fields';
import { BooleanQuery } from '../../http/query-fields';
import { PositionQueryDto } from '../../http/query.dto';

export class ListDisputesQueryDto extends PositionQueryDto {
  @UuidField({ optional: true, description: 'Only disputes of this participation body.' })
  bodyId?: string;

  @BooleanQuery('true: only open disputes; false: only resolved ones.')
  open?: boolean;
}
