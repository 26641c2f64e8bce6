import { ApiProperty } from '@nestjs/swagger';

/** What every command answers (shared/api-contract.md). */
export class CommandResponseDto {
  @ApiProperty({ format: 'uuid', description: 'Id of the resource the command created or changed.' })
  id!: string;

  @ApiProperty({ description: 'Revision of the resource after the command; send it back in If-Match.', example: 3 })
  revision!: number;

  @ApiProperty({
    format: 'int64',
    description: 'Global position of the last recorded event; pass it as minPosition to read your own write.',
    example: 790626304,
  })
  position!: number;
}
