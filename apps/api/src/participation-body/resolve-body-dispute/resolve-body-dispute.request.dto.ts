import { LONG_TEXT, TextField } from '../../http/fields';

export class ResolveBodyDisputeRequestDto {
  @TextField({
    max: LONG_TEXT,
    description: 'How the dispute committee settled it.',
    example: 'De gemeente stelt per 1 januari weer een secretaris beschikbaar.',
  })
  resolution!: string;
}
