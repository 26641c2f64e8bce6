import { TABLE_REGISTER_STATUSES, type TableRegisterDoc } from '#projections';
import { EnumField } from '../../http/fields';
import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListTemporaryTablesQueryDto extends PageQueryDto {
  @MunicipalityCodeQuery('Only this municipality (one of yours).')
  municipalityCode?: string;

  @EnumField(TABLE_REGISTER_STATUSES, { optional: true })
  status?: TableRegisterDoc['status'];
}
