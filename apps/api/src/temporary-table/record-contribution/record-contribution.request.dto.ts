import { TABLE_GROUPS } from '#domain';
import { EnumField, LONG_TEXT, TextField, UuidField } from '../../http/fields';

export class RecordContributionRequestDto {
  @UuidField({ optional: true, description: 'Id for the new contribution; the server makes one when absent.' })
  contributionId?: string;

  @EnumField(TABLE_GROUPS, { description: 'The perspective the contribution was brought in from.' })
  perspective!: (typeof TABLE_GROUPS)[number];

  @TextField({
    max: LONG_TEXT,
    description: 'What was brought in (may describe the person, so erased when they are forgotten).',
    example: 'Een hofje met gedeelde tuin voorkomt eenzaamheid.',
  })
  summary!: string;

  @UuidField({ optional: true, description: 'The session at this table where it was brought in.' })
  sessionId?: string;
}
