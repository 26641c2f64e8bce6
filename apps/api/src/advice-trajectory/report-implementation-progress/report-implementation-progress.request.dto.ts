import { IMPLEMENTATION_STATUSES } from '#domain';
import { DateField, EnumField, IntegerField, LONG_TEXT, TextField } from '../../http/fields';

export class ReportImplementationProgressRequestDto {
  @IntegerField({ min: 1, max: 1000, description: 'The recommendation reported on.', example: 1 })
  recommendationNumber!: number;

  @EnumField(IMPLEMENTATION_STATUSES, { description: 'How its implementation stands.' })
  status!: (typeof IMPLEMENTATION_STATUSES)[number];

  @DateField({ description: 'Date of the report.', example: '2026-10-01' })
  reportedOn!: string;

  @TextField({ optional: true, max: LONG_TEXT, description: 'A note; required when the recommendation is dropped.' })
  note?: string;
}
