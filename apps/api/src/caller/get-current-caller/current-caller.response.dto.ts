import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '#application';

/** What the verified token says of its holder: nothing the token does not already hold. */
export class CurrentCallerDto {
  @ApiProperty({ example: 'user-7f3a', description: "Your pseudonymous user id: the token's `sub`." })
  id!: string;
  @ApiProperty({ enum: [...ROLES], isArray: true, description: 'Your roles: they bound which commands you may run.' })
  roles!: Role[];
  @ApiProperty({
    type: [String],
    example: ['GM0375'],
    description: 'CBS codes of the municipalities you act for: they bound what you may see and do.',
  })
  municipalities!: string[];
}
