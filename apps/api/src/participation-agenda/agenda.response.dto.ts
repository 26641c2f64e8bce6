import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIDES } from '#domain';

export class AgendaAgreementDto {
  @ApiProperty({ enum: [...SIDES] }) side!: string;
  @ApiProperty({ format: 'date-time' }) agreedAt!: string;
}

export class AgendaSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) itemCount!: number;
  @ApiProperty({ description: 'Both sides agreed the agenda as it stands.' }) agreed!: boolean;
  @ApiProperty({ type: [AgendaAgreementDto], description: 'The sides that agreed it since its last item was added.' })
  agreements!: AgendaAgreementDto[];
  @ApiProperty({ format: 'date-time' }) draftedAt!: string;
}

export class AgendaListDto {
  @ApiProperty({ type: [AgendaSummaryDto] }) items!: AgendaSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}

export class AgendaSignalDto {
  @ApiProperty({ format: 'uuid' }) signalId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ enum: ['recorded', 'assessed', 'closed'] }) status!: string;
  @ApiPropertyOptional({ enum: ['individual', 'collective'] }) scope?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The cluster named on the item that brought this signal in.' })
  clusterId?: string;
}

export class AgendaClusterDto {
  @ApiProperty({ format: 'uuid' }) clusterId!: string;
  @ApiProperty() title!: string;
}

export class AgendaTrajectoryDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() status!: string;
}

export class AgendaTableDto {
  @ApiProperty({ format: 'uuid' }) tableId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() theme!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
}

export class AgendaItemDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() theme!: string;
  @ApiProperty({ enum: ['municipality', 'body', 'signal', 'joint'] }) source!: string;
  @ApiProperty({ type: [String], description: 'The signals and clusters the item names.' }) signalIds!: string[];
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
  @ApiPropertyOptional({ enum: [...SIDES], description: 'The side that added it.' }) addedBy?: string;
  @ApiProperty({ type: [AgendaClusterDto] }) clusters!: AgendaClusterDto[];
  @ApiProperty({ type: [AgendaSignalDto], description: 'Named signals, and the signals of named clusters.' })
  signals!: AgendaSignalDto[];
  @ApiProperty({ type: [AgendaTrajectoryDto], description: 'Advice resting on any of those signals.' })
  trajectories!: AgendaTrajectoryDto[];
  @ApiProperty({ type: [AgendaTableDto], description: 'The temporary tables those trajectories rest on.' })
  tables!: AgendaTableDto[];
}

export class AgendaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: [AgendaItemDto] }) items!: AgendaItemDto[];
  @ApiProperty({ description: 'Both sides agreed the agenda as it stands.' }) agreed!: boolean;
  @ApiProperty({ type: [AgendaAgreementDto] }) agreements!: AgendaAgreementDto[];
  @ApiProperty({ format: 'date-time' }) draftedAt!: string;
}
