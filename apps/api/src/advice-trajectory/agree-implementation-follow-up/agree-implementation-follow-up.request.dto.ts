import { DateField, LONG_TEXT, MAX_ITEMS, NestedField, TextField } from '../../http/fields';

export class CheckpointDto {
  @DateField({ description: 'When the implementation is looked at.', example: '2026-10-01' })
  dueOn!: string;

  @TextField({ max: LONG_TEXT, description: 'What is looked at then.' })
  description!: string;
}

export class AgreeImplementationFollowUpRequestDto {
  @NestedField(() => CheckpointDto, {
    array: true,
    minItems: 1,
    maxItems: MAX_ITEMS,
    description: 'The checkpoints at which the implementation is followed.',
  })
  checkpoints!: CheckpointDto[];
}
