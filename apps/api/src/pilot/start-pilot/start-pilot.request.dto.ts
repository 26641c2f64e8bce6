import { YARDSTICKS } from '#domain';
import {
  DateField,
  EnumField,
  NestedField,
  NumberField,
  StringArrayField,
  TextField,
  UuidField,
} from '../../http/fields';

export class PilotCriterionDto {
  @EnumField(YARDSTICKS, { description: 'The yardstick this target is for.' })
  metric!: (typeof YARDSTICKS)[number];

  @NumberField({ max: 1_000_000, description: 'Target value: a share between 0 and 1, or a count or number of days.' })
  target!: number;
}

export class StartPilotRequestDto {
  @UuidField({ optional: true, description: 'Id for the new pilot; the server makes one when absent.' })
  id?: string;

  @TextField({ description: 'Name of the pilot.', example: 'Pilot participatieraad IJmond 2026–2027' })
  name!: string;

  @StringArrayField({ minItems: 1, maxItems: 50, uuid: true, description: 'Participation bodies in the pilot.' })
  bodyIds!: string[];

  @DateField({ description: 'First day of the pilot.', example: '2026-01-01' })
  startsOn!: string;

  @DateField({ description: 'Last day of the pilot (evaluated after two years).', example: '2027-12-31' })
  endsOn!: string;

  @NestedField(() => PilotCriterionDto, { array: true, maxItems: 50, description: 'Yardsticks with their targets.' })
  criteria!: PilotCriterionDto[];
}
