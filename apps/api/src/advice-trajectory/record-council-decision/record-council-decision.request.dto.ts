import { COUNCIL_DECISIONS } from '#domain';
import { DateField, EnumField, LONG_TEXT, TextField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';

export class RecordCouncilDecisionRequestDto {
  @DateField({ description: 'Date of the council’s decision.', example: '2026-05-18' })
  decidedOn!: string;

  @EnumField(COUNCIL_DECISIONS, { description: 'What the council decided on the proposal.' })
  decision!: (typeof COUNCIL_DECISIONS)[number];

  @TextField({ optional: true, max: LONG_TEXT, description: 'A note on the decision, e.g. the amendment.' })
  note?: string;

  @MunicipalityCodeField({
    optional: true,
    description: 'The municipality whose council decided; required when the advice is addressed to several.',
  })
  municipalityCode?: string;
}
