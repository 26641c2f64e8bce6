import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FollowingState } from '#notifications';

export class TrajectoryFollowingDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ description: 'Whether you are mailed of each next step.' }) following!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'Since when; absent while you do not follow.' })
  since?: string;
}

export class CouncilProposalFollowingDto {
  @ApiProperty({ example: 'GM0375', description: 'The council whose proposal of this reference it is.' })
  municipalityCode!: string;
  @ApiProperty({ description: 'Whether you are mailed of each advice on it and of the decision.' }) following!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'Since when; absent while you do not follow.' })
  since?: string;
}

export class CouncilProposalFollowingListDto {
  @ApiProperty({ type: [CouncilProposalFollowingDto] }) items!: CouncilProposalFollowingDto[];
}

/** A state as the API shows it: the instant as ISO text, left out while not followed. */
export function presentFollowing({ following, since }: FollowingState): { following: boolean; since?: string } {
  return since === undefined ? { following } : { following, since: since.toISOString() };
}
