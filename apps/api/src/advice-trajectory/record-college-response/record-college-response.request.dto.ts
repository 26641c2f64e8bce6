import { COLLEGE_DECISIONS } from '#domain';
import { DateField, EnumField, IntegerField, LONG_TEXT, MAX_ITEMS, NestedField, TextField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';

export class RecommendationDecisionDto {
  @IntegerField({ min: 1, max: 1000, description: 'The recommendation this decision answers.', example: 1 })
  recommendationNumber!: number;

  @EnumField(COLLEGE_DECISIONS, { description: 'What the college did with the recommendation.' })
  decision!: (typeof COLLEGE_DECISIONS)[number];

  @TextField({ optional: true, max: LONG_TEXT, description: 'Why; required unless the recommendation is adopted.' })
  reasoning?: string;
}

export class RecordCollegeResponseRequestDto {
  @DateField({ description: 'Date of the college’s written response.', example: '2026-04-06' })
  respondedOn!: string;

  @NestedField(() => RecommendationDecisionDto, {
    array: true,
    minItems: 1,
    maxItems: MAX_ITEMS,
    description: 'A decision on every recommendation of the advice.',
  })
  decisions!: RecommendationDecisionDto[];

  @TextField({ optional: true, description: 'Reference of the response document.', example: 'B&W 2026/0412' })
  documentRef?: string;

  @MunicipalityCodeField({
    optional: true,
    description: 'The municipality whose college answers; required when the advice is addressed to several.',
  })
  municipalityCode?: string;
}
