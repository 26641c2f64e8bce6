import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import { WholeNumberQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListParticipationAgendasQueryDto extends PageQueryDto {
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsUUID('all', { message: '$property must be a UUID' })
  @ApiPropertyOptional({ format: 'uuid', description: "Only this body's agendas (one serving your municipalities)." })
  bodyId?: string;

  @WholeNumberQuery({ min: 2000, max: 2100, description: 'Only the agendas of this year.' })
  year?: number;
}
