import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PersonalTextDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiPropertyOptional({ description: 'The text; only for roles that may see personal data.' }) text?: string;
  @ApiPropertyOptional({ description: 'True once the person was forgotten.' }) erased?: boolean;
  @ApiPropertyOptional({ description: 'True when your role may not see personal data.' }) restricted?: boolean;
}

export class ReporterDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() contact?: string;
  @ApiPropertyOptional() erased?: boolean;
  @ApiPropertyOptional() restricted?: boolean;
}

export class SignalClusterRefDto {
  @ApiProperty({ format: 'uuid' }) clusterId!: string;
  @ApiProperty() title!: string;
}

export class SignalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty() domain!: string;
  @ApiPropertyOptional() area?: string;
  @ApiProperty({ type: [String] }) targetGroups!: string[];
  @ApiProperty({ enum: ['recorded', 'assessed', 'closed'] }) status!: string;
  @ApiPropertyOptional({ enum: ['individual', 'collective'] }) scope?: string;
  @ApiProperty({ type: PersonalTextDto }) summary!: PersonalTextDto;
  @ApiPropertyOptional({ type: ReporterDto }) reporter?: ReporterDto;
  @ApiPropertyOptional({ type: PersonalTextDto }) rationale?: PersonalTextDto;
  @ApiPropertyOptional() referredTo?: string;
  @ApiPropertyOptional({ type: PersonalTextDto }) referralNote?: PersonalTextDto;
  @ApiPropertyOptional({ type: PersonalTextDto }) outcome?: PersonalTextDto;
  @ApiPropertyOptional() feedbackGiven?: boolean;
  @ApiProperty({ type: [SignalClusterRefDto] }) clusters!: SignalClusterRefDto[];
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
}

export class SignalListDto {
  @ApiProperty({ type: [SignalDto] }) items!: SignalDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
