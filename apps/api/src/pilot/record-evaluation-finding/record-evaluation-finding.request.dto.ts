import { EVALUATION_TOPICS } from '#domain';
import { DateField, EnumField, LONG_TEXT, TextField, UuidField } from '../../http/fields';

export class RecordEvaluationFindingRequestDto {
  @UuidField({ optional: true, description: 'Id for the finding; the server makes one when absent.' })
  findingId?: string;

  @EnumField(EVALUATION_TOPICS, {
    description:
      'What the finding is about: the collaboration with college, council, officials or interest groups, the structure, or other.',
  })
  topic!: (typeof EVALUATION_TOPICS)[number];

  @TextField({
    max: LONG_TEXT,
    description: 'What the evaluator found.',
    example: 'Ambtenaren betrekken de raad vaker al bij de agendavorming.',
  })
  finding!: string;

  @DateField({ description: 'The day the finding was recorded; on or after the pilot started.', example: '2027-06-30' })
  recordedOn!: string;
}
