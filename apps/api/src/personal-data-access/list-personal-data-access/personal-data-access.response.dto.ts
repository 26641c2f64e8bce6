import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AccessActorDto {
  @ApiProperty({ description: 'The pseudonymous login id (`sub`) of who asked.' }) id!: string;
  @ApiProperty({ description: 'The role in which they were shown the data.', example: 'secretary' }) role!: string;
}

export class PersonalDataAccessDto {
  @ApiProperty({ format: 'date-time' }) accessedAt!: string;
  @ApiProperty({ type: AccessActorDto }) actor!: AccessActorDto;
  @ApiProperty({ description: 'Whose data was shown (the id only, never the data).' }) personId!: string;
  @ApiProperty({ description: 'The query that showed it.', example: 'GetSignal' }) operationId!: string;
  @ApiProperty({ description: 'The path asked for, without its query string.' }) resource!: string;
  @ApiProperty({ type: [String], example: ['GM0375'] }) municipalityCodes!: string[];
  @ApiPropertyOptional({ description: "The request's X-Correlation-ID." }) correlationId?: string;
}

export class PersonalDataAccessListDto {
  @ApiProperty({ type: [PersonalDataAccessDto] }) items!: PersonalDataAccessDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
