import { UuidField } from '../../http/fields';

export class LinkSignalRequestDto {
  @UuidField({ description: 'A signal assessed as collective, recorded in the trajectory’s municipality.' })
  signalId!: string;
}
