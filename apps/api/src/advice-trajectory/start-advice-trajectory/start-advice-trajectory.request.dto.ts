import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ADVICE_KINDS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import { DateField, EnumField, LONG_TEXT, TextField, UuidField } from '../../http/fields';
import { MunicipalityCodeField } from '../../http/municipality-code.field';

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

  @TextField({
    optional: true,
    max: LONG_TEXT,
    description: 'The question the municipality asks the body; required for solicited advice.',
    example: 'Hoe vinden inwoners de ondersteuning die zij nodig hebben?',
  })
  question?: string;

  @DateField({
    optional: true,
    description: 'Date by which the body’s advice is due; after it the advice is overdue on the body’s side.',
    example: '2026-11-30',
  })
  adviceDueOn?: string;

  @TextField({
    optional: true,
    description: 'The `sub` of the official responsible for the request.',
    example: 'official-7',
  })
  responsibleOfficial?: string;

  @TextField({
    optional: true,
    description: 'The alderman who holds the portfolio, by office name.',
    example: 'wethouder Zorg',
  })
  portfolioHolder?: string;

  @MunicipalityCodeField({
    optional: true,
    array: true,
    description:
      'CBS codes of every municipality whose college must answer, the own municipality included; each served by the body. Defaults to [municipalityCode].',
  })
  addressedTo?: string[];
}
