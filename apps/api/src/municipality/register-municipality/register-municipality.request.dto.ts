import { Matches } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../../http/fields';

export class RegisterMunicipalityRequestDto {
  @Matches(/^GM\d{4}$/, { message: 'code must be a CBS municipality code: GM and four digits' })
  @ApiProperty({ description: 'CBS code of the municipality.', example: 'GM0375', pattern: '^GM\\d{4}$' })
  code!: string;

  @TextField({ description: 'Name of the municipality.', example: 'Beverwijk' })
  name!: string;
}
