import { LONG_TEXT, TextField } from '../../http/fields';

export class ResolveDisputeRequestDto {
  @TextField({ max: LONG_TEXT, description: 'How the dispute was resolved.' })
  resolution!: string;
}
