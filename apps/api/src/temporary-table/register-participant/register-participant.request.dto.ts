import { TABLE_GROUPS } from '#domain';
import { BooleanField, EnumField, TextField, UuidField } from '../../http/fields';

export class RegisterParticipantRequestDto {
  @UuidField({ optional: true, description: 'Id for the new participant; the server makes one when absent.' })
  participantId?: string;

  @EnumField(TABLE_GROUPS, { description: 'The perspective the participant brings to the table.' })
  perspective!: (typeof TABLE_GROUPS)[number];

  @BooleanField({ description: 'Whether the participant consented to take part; must be true.', example: true })
  consent!: boolean;

  @TextField({
    optional: true,
    description: 'Name the participant goes by (personal data, erased when the person is forgotten).',
    example: 'Anouk Jansen',
  })
  displayName?: string;

  @TextField({ optional: true, max: 50, description: 'Self-declared age band.', example: '45-64' })
  ageBand?: string;

  @TextField({ optional: true, description: 'Self-declared district or village.', example: 'Velsen-Noord' })
  area?: string;
}
