import { SIGNAL_SCOPES } from '#domain';
import { SIGNAL_REGISTER_STATUSES, type SignalRegisterDoc } from '#projections';
import { EnumField } from '../../http/fields';
import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListSignalsQueryDto extends PageQueryDto {
  @MunicipalityCodeQuery('Only this municipality (one of yours).')
  municipalityCode?: string;

  @EnumField(SIGNAL_REGISTER_STATUSES, { optional: true })
  status?: SignalRegisterDoc['status'];

  @EnumField(SIGNAL_SCOPES, { optional: true })
  scope?: NonNullable<SignalRegisterDoc['scope']>;
}
