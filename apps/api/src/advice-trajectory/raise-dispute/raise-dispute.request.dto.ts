import { LONG_TEXT, TextField } from '../../http/fields';

export class RaiseDisputeRequestDto {
  @TextField({ max: LONG_TEXT, description: 'Which agreement was not kept.' })
  reason!: string;
}
