import { POLICY_PHASES } from '#domain';
import { LONG_TEXT, StringArrayField, TextField } from '../../http/fields';

export class AgreeParticipationApproachRequestDto {
  @StringArrayField({
    minItems: 1,
    maxItems: 20,
    description: 'Forms of participation agreed on.',
    example: ['theme-table', 'interviews'],
  })
  forms!: string[];

  @StringArrayField({
    minItems: 1,
    maxItems: POLICY_PHASES.length,
    values: POLICY_PHASES,
    description: 'Policy phases in which residents and clients are involved.',
  })
  phases!: (typeof POLICY_PHASES)[number][];

  @TextField({
    max: LONG_TEXT,
    description: 'Who plays which role in the trajectory.',
    example: 'The council leads the theme table; the policy officer supplies the policy question.',
  })
  roles!: string;
}
