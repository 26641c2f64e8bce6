import { BODY_DISPUTE_SUBJECTS } from '#domain';
import { EnumField, LONG_TEXT, TextField, UuidField } from '../../http/fields';

export class RaiseBodyDisputeRequestDto {
  @UuidField({ optional: true, description: 'Id for the dispute; the server makes one when absent.' })
  disputeId?: string;

  @TextField({
    max: LONG_TEXT,
    description: 'What the disagreement is about, in the words of the side that raises it.',
    example: 'De raad krijgt sinds de zomer geen ondersteuning van een secretaris meer.',
  })
  reason!: string;

  @EnumField(BODY_DISPUTE_SUBJECTS, {
    description: "What the dispute concerns: the body's facilities, agreements not kept, information, or other.",
  })
  about!: (typeof BODY_DISPUTE_SUBJECTS)[number];
}
