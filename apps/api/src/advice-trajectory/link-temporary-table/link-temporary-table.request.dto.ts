import { UuidField } from '../../http/fields';

export class LinkTemporaryTableRequestDto {
  @UuidField({ description: 'A temporary table held in the trajectory’s municipality.' })
  tableId!: string;
}
