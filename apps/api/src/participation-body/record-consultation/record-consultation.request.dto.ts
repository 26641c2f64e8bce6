import { CONSULTATION_PARTNERS } from '#domain';
import { DateField, EnumField, LONG_TEXT, StringArrayField, TextField, UuidField } from '../../http/fields';

export class RecordConsultationRequestDto {
  @UuidField({ optional: true, description: 'Id for the consultation; the server makes one when absent.' })
  consultationId?: string;

  @DateField({ description: 'Day the consultation was held.', example: '2026-10-01' })
  heldOn!: string;

  @EnumField(CONSULTATION_PARTNERS, { description: 'Whom the body consulted.' })
  with!: (typeof CONSULTATION_PARTNERS)[number];

  @StringArrayField({
    minItems: 1,
    maxItems: 50,
    description: 'Topics discussed.',
    example: ['werkagenda 2027', 'inkoop jeugdhulp'],
  })
  topics!: string[];

  @TextField({ optional: true, max: LONG_TEXT, description: 'What was agreed.' })
  agreements?: string;
}
