import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TABLE_FORMS, TABLE_GROUPS, TABLE_INITIATORS } from '#domain';

export class PerspectiveCountDto {
  @ApiProperty({ enum: TABLE_GROUPS, description: 'The group (perspective).' }) perspective!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many of this perspective.' }) count!: number;
}

/** A temporary table without its people and contributions: what the register lists. */
export class TemporaryTableSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The participation body at the table, if any.' })
  bodyId?: string;
  @ApiProperty({ example: 'Nieuwe woonvormen' }) theme!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ enum: TABLE_INITIATORS }) initiatedBy!: string;
  @ApiProperty({ enum: TABLE_FORMS }) form!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiPropertyOptional({ format: 'date' }) plannedUntil?: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiProperty({ enum: TABLE_GROUPS, isArray: true, description: 'The groups expected at the table.' })
  expectedGroups!: string[];
  @ApiProperty({
    enum: TABLE_GROUPS,
    isArray: true,
    description: 'The groups that were at the table (also those not expected).',
  })
  presentGroups!: string[];
  @ApiProperty({ enum: TABLE_GROUPS, isArray: true, description: 'The expected groups that were not at the table.' })
  missingGroups!: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) participantCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) sessionCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) contributionCount!: number;
  @ApiProperty({ type: [PerspectiveCountDto], description: 'Participants per perspective; groups with none left out.' })
  participantsByPerspective!: PerspectiveCountDto[];
  @ApiProperty({
    type: [PerspectiveCountDto],
    description: 'Contributions per perspective; groups with none left out.',
  })
  contributionsByPerspective!: PerspectiveCountDto[];
}

export class TemporaryTableListDto {
  @ApiProperty({ type: [TemporaryTableSummaryDto] }) items!: TemporaryTableSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
