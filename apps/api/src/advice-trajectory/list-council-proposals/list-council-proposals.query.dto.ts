import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PositionQueryDto } from '../../http/query.dto';

export class ListCouncilProposalsQueryDto extends PositionQueryDto {
  @MunicipalityCodeQuery('Only proposals to this municipality’s council (one of yours).')
  municipalityCode?: string;
}
