import { PARTICIPATION_BODY_DOMAINS, PARTICIPATION_BODY_KINDS } from '#domain';
import { EnumField, StringArrayField, TextField, UuidField } from '../../http/fields';

export class EstablishParticipationBodyRequestDto {
  @UuidField({ optional: true, description: 'Id for the new body; the server makes one when absent.' })
  id?: string;

  @TextField({ description: 'Name of the body.', example: 'Participatieraad IJmond' })
  name!: string;

  @EnumField(PARTICIPATION_BODY_KINDS, { description: 'Kind of body.' })
  kind!: (typeof PARTICIPATION_BODY_KINDS)[number];

  @StringArrayField({
    minItems: 1,
    maxItems: 20,
    description: 'CBS codes of the municipalities served.',
    example: ['GM0375'],
  })
  municipalityCodes!: string[];

  @StringArrayField({ minItems: 1, maxItems: 3, values: PARTICIPATION_BODY_DOMAINS, description: 'Social domains.' })
  domains!: (typeof PARTICIPATION_BODY_DOMAINS)[number][];
}
