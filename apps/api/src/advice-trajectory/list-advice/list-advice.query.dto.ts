import { ADVICE_REGISTER_STATUSES, type AdviceRegisterStatus } from '#projections';
import { EnumField } from '../../http/fields';
import { BooleanQuery, MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListAdviceQueryDto extends PageQueryDto {
  @MunicipalityCodeQuery('Only this municipality (one of yours; without a token, any).')
  municipalityCode?: string;

  @EnumField(ADVICE_REGISTER_STATUSES, { optional: true })
  status?: AdviceRegisterStatus;

  @BooleanQuery('true: only advice whose written response is overdue today (Europe/Amsterdam); false: the rest.')
  overdue?: boolean;
}
