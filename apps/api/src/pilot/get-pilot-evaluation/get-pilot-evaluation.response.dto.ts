import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVALUATION_TOPICS, TABLE_GROUPS, YARDSTICK_DIRECTIONS, YARDSTICKS } from '#domain';

export class PerspectiveCountDto {
  @ApiProperty({ enum: [...TABLE_GROUPS] })
  perspective!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

export class YardstickDto {
  @ApiProperty({ enum: [...YARDSTICKS], description: 'The yardstick (shared/domain.md).' })
  metric!: string;

  @ApiProperty({
    enum: [...YARDSTICK_DIRECTIONS],
    description: 'Whether a higher or a lower value is better; `met` judges by it.',
  })
  direction!: string;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'A share 0–1, a count or a number of days; null when there is nothing to measure.',
  })
  value!: number | null;

  @ApiPropertyOptional({ type: 'number', description: "The pilot's target, when its criteria set one." })
  target?: number;

  @ApiPropertyOptional({
    description:
      'Whether the target is met: at or above it when higher is better, at or below it when lower ' +
      'is better (see direction). Absent without a target or a value.',
  })
  met?: boolean;

  @ApiPropertyOptional({ description: 'Why the yardstick has no value yet.' })
  note?: string;

  @ApiPropertyOptional({
    type: [PerspectiveCountDto],
    description: 'participants-by-perspective only: the participants behind the value per perspective.',
  })
  byPerspective?: PerspectiveCountDto[];
}

export class BodyYardsticksDto {
  @ApiProperty({ format: 'uuid' })
  bodyId!: string;

  @ApiProperty({ type: [YardstickDto] })
  yardsticks!: YardstickDto[];
}

export class MunicipalityYardsticksDto {
  @ApiProperty({ example: 'GM0375' })
  municipalityCode!: string;

  @ApiProperty({ type: [YardstickDto] })
  yardsticks!: YardstickDto[];
}

export class EvaluationFindingDto {
  @ApiProperty({ format: 'uuid' })
  findingId!: string;

  @ApiProperty({ enum: [...EVALUATION_TOPICS], description: 'What the finding is about (seed 004, "Evaluatie").' })
  topic!: string;

  @ApiProperty({ description: 'What the evaluator found, in their words.' })
  finding!: string;

  @ApiProperty({ format: 'date' })
  recordedOn!: string;
}

export class PilotEvaluationDto {
  @ApiProperty({ format: 'uuid' })
  pilotId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'date' })
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  endsOn!: string;

  @ApiProperty({ type: [YardstickDto], description: 'Over all bodies of the pilot.' })
  total!: YardstickDto[];

  @ApiProperty({ type: [BodyYardsticksDto] })
  perBody!: BodyYardsticksDto[];

  @ApiProperty({ type: [MunicipalityYardsticksDto] })
  perMunicipality!: MunicipalityYardsticksDto[];

  @ApiProperty({
    type: [EvaluationFindingDto],
    description: "The evaluators' qualitative findings beside the yardsticks, oldest first.",
  })
  findings!: EvaluationFindingDto[];
}
