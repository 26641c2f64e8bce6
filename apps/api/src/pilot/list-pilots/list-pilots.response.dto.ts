import { ApiProperty } from '@nestjs/swagger';

export class PilotBodyDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ example: 'Participatieraad IJmond' }) name!: string;
  @ApiProperty({ type: [String], example: ['GM0375'] }) municipalityCodes!: string[];
}

export class PilotSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Pilot participatieraad IJmond' }) name!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ type: [PilotBodyDto] }) bodies!: PilotBodyDto[];
  @ApiProperty({ type: [String], description: 'Every municipality its bodies serve.' }) municipalityCodes!: string[];
  @ApiProperty({ type: 'integer', minimum: 0 }) criteriaCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The evaluators' qualitative findings." })
  findingsCount!: number;
}

export class PilotListDto {
  @ApiProperty({ type: [PilotSummaryDto] }) items!: PilotSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
