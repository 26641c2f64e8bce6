import { TABLE_OUTCOMES } from '#domain';
import { EnumField, LONG_TEXT, NestedField, TextField } from '../../http/fields';
import { MissingGroupReasonsDto } from './missing-group-reasons.dto';

export class CloseTemporaryTableRequestDto {
  @EnumField(TABLE_OUTCOMES, { description: 'What the table delivered.' })
  outcome!: (typeof TABLE_OUTCOMES)[number];

  @TextField({
    max: LONG_TEXT,
    description: 'Summary of what the table delivered.',
    example: 'Advies over hofjeswoningen voor ouderen.',
  })
  summary!: string;

  @TextField({
    optional: true,
    max: LONG_TEXT,
    description:
      'Why the table closes without a client or lived-experience contribution; needed only when none was recorded.',
    example: 'Cliënten zijn via de cliëntenraad van de zorginstelling apart gehoord.',
  })
  clientPerspectiveWaiver?: string;

  @NestedField(() => MissingGroupReasonsDto, {
    optional: true,
    description: 'Why expected groups did not come, per group; only for groups that were expected and missing.',
    example: { youth: 'De sessies vielen onder schooltijd.' },
  })
  missingGroupReasons?: MissingGroupReasonsDto;
}
