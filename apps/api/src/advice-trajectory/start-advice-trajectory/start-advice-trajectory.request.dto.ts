import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ADVICE_KINDS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import { DateField, EnumField, TextField, UuidField } from '../../http/fields';

export class StartAdviceTrajectoryRequestDto {
  @UuidField({ optional: true, description: 'Id for the new trajectory; the server makes one when absent.' })
  id?: string;

  @Matches(/^GM\d{4}$/, { message: 'municipalityCode must be a CBS municipality code: GM and four digits' })
  @ApiProperty({
    description: 'CBS code of the municipality the advice is for.',
    example: 'GM0375',
    pattern: '^GM\\d{4}$',
  })
  municipalityCode!: string;

  @UuidField({ description: 'The participation body that advises; it must serve the municipality.' })
  bodyId!: string;

  @EnumField(ADVICE_KINDS, {
    description: 'Solicited (asked by the municipality) or unsolicited (on the body’s own initiative).',
  })
  kind!: (typeof ADVICE_KINDS)[number];

  @TextField({ description: 'What the advice is about.', example: 'Herziening verordening Wmo 2027' })
  subject!: string;

  @EnumField(SOCIAL_DOMAINS, { description: 'Social domain of the subject.' })
  domain!: (typeof SOCIAL_DOMAINS)[number];

  @EnumField(POLICY_PHASES, { description: 'Phase of the policy cycle in which participation starts.' })
  policyPhase!: (typeof POLICY_PHASES)[number];

  @DateField({
    optional: true,
    description: 'Date by which the college responds to the advice.',
    example: '2026-12-31',
  })
  responseDueOn?: string;
}
