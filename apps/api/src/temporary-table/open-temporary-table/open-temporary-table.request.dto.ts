import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { TABLE_FORMS, TABLE_GROUPS, TABLE_INITIATORS } from '#domain';
import { DateField, EnumField, LONG_TEXT, StringArrayField, TextField, UuidField } from '../../http/fields';

export class OpenTemporaryTableRequestDto {
  @UuidField({ optional: true, description: 'Id for the new table; the server makes one when absent.' })
  id?: string;

  @Matches(/^GM\d{4}$/, { message: 'municipalityCode must be a CBS municipality code: GM and four digits' })
  @ApiProperty({
    description: 'CBS code of the municipality the table works for.',
    example: 'GM0375',
    pattern: '^GM\\d{4}$',
  })
  municipalityCode!: string;

  @UuidField({
    optional: true,
    description: 'The participation body at the table; required when the body opened it, alone or jointly.',
  })
  bodyId?: string;

  @TextField({ description: 'Theme of the table.', example: 'Nieuwe woonvormen' })
  theme!: string;

  @TextField({
    max: LONG_TEXT,
    description: 'The question the table works on.',
    example: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
  })
  question!: string;

  @EnumField(TABLE_INITIATORS, { description: 'Who opened the table: the municipality, the body, or both.' })
  initiatedBy!: (typeof TABLE_INITIATORS)[number];

  @EnumField(TABLE_FORMS, { description: 'The form the table takes.' })
  form!: (typeof TABLE_FORMS)[number];

  @StringArrayField({
    minItems: 1,
    maxItems: TABLE_GROUPS.length,
    values: TABLE_GROUPS,
    description: 'The groups expected at the table, each named once.',
    example: ['client', 'carer', 'youth'],
  })
  expectedGroups!: (typeof TABLE_GROUPS)[number][];

  @DateField({ optional: true, description: 'The date the table is planned to run until.', example: '2027-03-31' })
  plannedUntil?: string;
}
