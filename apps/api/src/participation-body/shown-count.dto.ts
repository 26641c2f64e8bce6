import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A count of people that may be suppressed: from 1 to 4 it points at a person. */
export class ShownCountDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    nullable: true,
    description: 'null when suppressed: only admin and secretary see counts from 1 to 4.',
  })
  count!: number | null;
  @ApiPropertyOptional({ description: 'true when the count is suppressed to protect the people behind it.' })
  suppressed?: boolean;
}
