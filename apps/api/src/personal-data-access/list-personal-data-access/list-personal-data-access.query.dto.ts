import { UuidField } from '../../http/fields';
import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListPersonalDataAccessQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: "Only who was shown this person's data." })
  personId?: string;

  @MunicipalityCodeQuery("Only accesses to this municipality's records (one of yours).")
  municipalityCode?: string;
}
