import { StringArrayField, TextField, UuidField } from '../../http/fields';

export class ClusterSignalsRequestDto {
  @UuidField({ optional: true, description: 'Id for the new collective signal; the server makes one when absent.' })
  id?: string;

  @StringArrayField({
    minItems: 2,
    maxItems: 100,
    uuid: true,
    description: 'The signals that together form one collective signal, all of one municipality.',
  })
  signalIds!: string[];

  @TextField({ description: 'Title of the collective signal.', example: 'Regiotaxi te laat in alle kernen' })
  title!: string;
}
