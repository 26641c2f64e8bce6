import { ApiProperty } from '@nestjs/swagger';
import { PARTICIPATION_BODY_KINDS } from '#domain';

export class MunicipalityBodyDto {
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ example: 'Participatieraad IJmond' }) name!: string;
  @ApiProperty({ enum: [...PARTICIPATION_BODY_KINDS] }) kind!: string;
}

export class MunicipalityDto {
  @ApiProperty({ example: 'GM0375', description: 'CBS code.' }) code!: string;
  @ApiProperty({ example: 'Beverwijk' }) name!: string;
  @ApiProperty({
    type: [MunicipalityBodyDto],
    description: 'The participation bodies that serve it, regional ones included, in the order established.',
  })
  bodies!: MunicipalityBodyDto[];
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}

export class MunicipalityListDto {
  @ApiProperty({ type: [MunicipalityDto] }) items!: MunicipalityDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
