import { LONG_TEXT, MAX_ITEMS, NestedField, TextField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';
import { RecommendationDecisionDto } from '../record-college-response/record-college-response.request.dto';

export class CorrectCollegeResponseRequestDto {
  @TextField({ max: LONG_TEXT, description: 'Why the recorded response was mistaken.' })
  reason!: string;

  @NestedField(() => RecommendationDecisionDto, {
    array: true,
    minItems: 1,
    maxItems: MAX_ITEMS,
    description: 'The corrected decision on every recommendation of the advice.',
  })
  decisions!: RecommendationDecisionDto[];

  @MunicipalityCodeField({
    optional: true,
    description:
      'The municipality whose college corrects its response; required when the advice is addressed to several.',
  })
  municipalityCode?: string;
}
