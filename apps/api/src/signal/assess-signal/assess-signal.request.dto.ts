import { SIGNAL_SCOPES } from '#domain';
import { EnumField, TextField } from '../../http/fields';

export class AssessSignalRequestDto {
  @EnumField(SIGNAL_SCOPES, { description: 'Whether the signal is individual or collective (structural).' })
  scope!: (typeof SIGNAL_SCOPES)[number];

  @TextField({
    max: 2_000,
    description: 'Why the signal is individual or collective.',
    example: 'Speelt in meerdere kernen.',
  })
  rationale!: string;
}
