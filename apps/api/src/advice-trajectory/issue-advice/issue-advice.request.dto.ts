import { ADVICE_NATURES } from '#domain';
import { DateField, EnumField, IntegerField, LONG_TEXT, MAX_ITEMS, NestedField, TextField } from '../../http/fields';

export class RecommendationDto {
  @IntegerField({
    min: 1,
    max: 1000,
    description: 'Number of the recommendation, unique within the advice.',
    example: 1,
  })
  number!: number;

  @TextField({ max: LONG_TEXT, description: 'What the body recommends.' })
  text!: string;
}

export class IssueAdviceRequestDto {
  @DateField({ description: 'Date on which the advice was issued.', example: '2026-03-02' })
  issuedOn!: string;

  @TextField({ max: LONG_TEXT, description: 'Summary of the advice.' })
  summary!: string;

  @TextField({ max: LONG_TEXT, description: 'The client perspective, named explicitly.' })
  clientPerspective!: string;

  @NestedField(() => RecommendationDto, {
    array: true,
    minItems: 1,
    maxItems: MAX_ITEMS,
    description: 'The numbered recommendations.',
  })
  recommendations!: RecommendationDto[];

  @EnumField(ADVICE_NATURES, {
    optional: true,
    description: 'Advice on the content (default) or on the process of participation.',
  })
  adviceKind?: (typeof ADVICE_NATURES)[number];
}
