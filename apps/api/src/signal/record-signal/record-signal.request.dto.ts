import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SIGNAL_CHANNELS, SIGNAL_DOMAINS } from '#domain';
import {
  BooleanField,
  DateField,
  EnumField,
  LONG_TEXT,
  NestedField,
  StringArrayField,
  TextField,
  UuidField,
} from '../../http/fields';

export class SignalReporterDto {
  @TextField({ description: 'Name of the person who brought the signal in (personal data).', example: 'J. de Vries' })
  name!: string;

  @TextField({ optional: true, description: 'How to reach them for feedback (personal data).', example: '06-12345678' })
  contact?: string;

  @BooleanField({
    optional: true,
    description:
      'The reporter agreed to hear by e-mail, at contact, what becomes of the signal (personal data, kept with the name); false when left out.',
    example: true,
  })
  feedbackByMail?: boolean;
}

export class RecordSignalRequestDto {
  @UuidField({ optional: true, description: 'Id for the new signal; the server makes one when absent.' })
  id?: string;

  @UuidField({ description: 'The participation body that gathered the signal.' })
  bodyId!: string;

  @Matches(/^GM\d{4}$/, { message: 'municipalityCode must be a CBS municipality code: GM and four digits' })
  @ApiProperty({
    description: 'CBS code of the municipality the signal is about.',
    example: 'GM0375',
    pattern: '^GM\\d{4}$',
  })
  municipalityCode!: string;

  @EnumField(SIGNAL_CHANNELS, { description: 'Where the signal came in.' })
  channel!: (typeof SIGNAL_CHANNELS)[number];

  @DateField({ description: 'The day the signal was received.', example: '2026-11-20' })
  receivedOn!: string;

  @StringArrayField({ minItems: 1, maxItems: 20, description: 'Themes the signal is about.', example: ['vervoer'] })
  themes!: string[];

  @EnumField(SIGNAL_DOMAINS, { description: 'The social domain the signal is about.' })
  domain!: (typeof SIGNAL_DOMAINS)[number];

  @TextField({
    max: LONG_TEXT,
    description: 'What was brought in; may hold personal data.',
    example: 'Regiotaxi komt vaak te laat, bewoners missen afspraken.',
  })
  summary!: string;

  @TextField({ optional: true, description: 'District, village or neighbourhood.', example: 'IJmuiden' })
  area?: string;

  @StringArrayField({ optional: true, maxItems: 20, description: 'Groups the signal concerns.', example: ['ouderen'] })
  targetGroups?: string[];

  @NestedField(() => SignalReporterDto, {
    optional: true,
    description: 'Who brought the signal in, when they want to be named.',
  })
  reporter?: SignalReporterDto;
}
