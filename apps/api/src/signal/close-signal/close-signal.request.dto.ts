import { BooleanField, TextField } from '../../http/fields';

export class CloseSignalRequestDto {
  @TextField({
    max: 2_000,
    description: 'What became of the signal.',
    example: 'Vervoerder heeft excuses aangeboden.',
  })
  outcome!: string;

  @BooleanField({ description: 'Whether feedback reached the reporter.', example: true })
  feedbackGiven!: boolean;
}
