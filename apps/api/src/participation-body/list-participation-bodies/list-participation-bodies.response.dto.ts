import { ApiProperty } from '@nestjs/swagger';
import { PARTICIPATION_BODY_DOMAINS, PARTICIPATION_BODY_KINDS } from '#domain';

export class ParticipationBodyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Participatieraad IJmond' }) name!: string;
  @ApiProperty({ enum: [...PARTICIPATION_BODY_KINDS] }) kind!: string;
  @ApiProperty({
    type: [String],
    example: ['GM0375', 'GM0396', 'GM0453'],
    description: 'The municipalities it serves.',
  })
  municipalityCodes!: string[];
  @ApiProperty({ enum: [...PARTICIPATION_BODY_DOMAINS], isArray: true }) domains!: string[];
  @ApiProperty({ format: 'date-time' }) establishedAt!: string;
}

export class ParticipationBodyListDto {
  @ApiProperty({ type: [ParticipationBodyDto] }) items!: ParticipationBodyDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
