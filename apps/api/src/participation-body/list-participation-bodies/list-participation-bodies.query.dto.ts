import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListParticipationBodiesQueryDto extends PageQueryDto {
  @MunicipalityCodeQuery('Only bodies serving this municipality (one of yours; any without a token).')
  municipalityCode?: string;
}
