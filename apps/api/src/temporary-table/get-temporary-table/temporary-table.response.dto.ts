import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TABLE_GROUPS, TABLE_OUTCOMES } from '#domain';
import { PersonalTextDto } from '../../signal/signal.response.dto';
import { TemporaryTableSummaryDto } from '../list-temporary-tables/temporary-table-summary.response.dto';

export class PersonalNameDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiPropertyOptional({ description: 'The name; only for roles that may see personal data.' }) name?: string;
  @ApiPropertyOptional({ description: 'True once the person was forgotten.' }) erased?: boolean;
  @ApiPropertyOptional({ description: 'True when your role may not see personal data.' }) restricted?: boolean;
}

export class TableParticipantDto {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ enum: TABLE_GROUPS }) perspective!: string;
  @ApiPropertyOptional({ description: 'Self-declared age band.', example: '45-64' }) ageBand?: string;
  @ApiPropertyOptional({ description: 'Self-declared district or village.' }) area?: string;
  @ApiPropertyOptional({ type: PersonalNameDto, description: 'The name the participant goes by (personal data).' })
  displayName?: PersonalNameDto;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}

/** People at a session per group (`livedExperience` is the group `lived-experience`). */
export class TableAttendanceDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) client?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) livedExperience?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) carer?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) resident?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) youth?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) professional?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) other?: number;
}

export class TableSessionDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ type: TableAttendanceDto }) attendance!: TableAttendanceDto;
}

export class TableContributionDto {
  @ApiProperty({ format: 'uuid' }) contributionId!: string;
  @ApiProperty({ enum: TABLE_GROUPS }) perspective!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The session it was brought in at.' }) sessionId?: string;
  @ApiProperty({ type: PersonalTextDto, description: 'What was brought in (personal data).' })
  summary!: PersonalTextDto;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** Why expected groups were missing, per group, spelt as `CloseTemporaryTable` takes them (`livedExperience`). */
export class TableMissingGroupReasonsDto {
  @ApiPropertyOptional() client?: string;
  @ApiPropertyOptional({ description: 'The group `lived-experience`.' }) livedExperience?: string;
  @ApiPropertyOptional() carer?: string;
  @ApiPropertyOptional() resident?: string;
  @ApiPropertyOptional() youth?: string;
  @ApiPropertyOptional() professional?: string;
  @ApiPropertyOptional() other?: string;
}

export class TableCloseDto {
  @ApiProperty({ enum: TABLE_OUTCOMES }) outcome!: string;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional({ description: 'Why the table closed without the client perspective, when it did.' })
  clientPerspectiveWaiver?: string;
  @ApiPropertyOptional({
    type: TableMissingGroupReasonsDto,
    description: 'Why expected groups were not at the table, when reasons were given at the close.',
  })
  missingGroupReasons?: TableMissingGroupReasonsDto;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
}

/** One temporary table in full: who took part, its sessions, contributions, close and representativeness. */
export class TemporaryTableDto extends TemporaryTableSummaryDto {
  @ApiProperty({ type: [TableParticipantDto] }) participants!: TableParticipantDto[];
  @ApiProperty({ type: [TableSessionDto] }) sessions!: TableSessionDto[];
  @ApiProperty({ type: [TableContributionDto] }) contributions!: TableContributionDto[];
  @ApiPropertyOptional({ type: TableCloseDto }) close?: TableCloseDto;
}
