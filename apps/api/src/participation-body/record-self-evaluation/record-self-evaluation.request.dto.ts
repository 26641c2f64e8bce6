import { IntegerField, LONG_TEXT, TextField } from '../../http/fields';

export class RecordSelfEvaluationRequestDto {
  @IntegerField({ min: 2000, max: 2100, description: 'The year the body looks back on.', example: 2025 })
  year!: number;

  @TextField({ max: LONG_TEXT, description: "The body's reflection on its own functioning." })
  summary!: string;
}
