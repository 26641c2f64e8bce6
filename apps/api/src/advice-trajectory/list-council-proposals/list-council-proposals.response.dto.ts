import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COUNCIL_DECISIONS } from '#domain';

export class ProposalDecisionDto {
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: [...COUNCIL_DECISIONS] }) decision!: string;
}

/** One municipality's council proposal that advice was attached to. */
export class CouncilProposalSummaryDto {
  @ApiProperty({ example: 'GM0375', description: 'Whose council; a reference is unique within it only.' })
  municipalityCode!: string;
  @ApiProperty({ example: 'RV-2026-031' }) proposalRef!: string;
  @ApiPropertyOptional({ description: "The proposal's page in the council information system." }) proposalUrl?: string;
  @ApiProperty({ format: 'date', description: 'When the first advice was attached.' }) firstAttachedOn!: string;
  @ApiProperty({ minimum: 1, description: 'How many advice trajectories are attached.' }) adviceCount!: number;
  @ApiProperty({ enum: ['awaiting-decision', 'postponed', 'decided'] }) decisionStatus!: string;
  @ApiPropertyOptional({ type: ProposalDecisionDto, description: "The council's latest decision." })
  latestDecision?: ProposalDecisionDto;
}

export class CouncilProposalListDto {
  @ApiProperty({ type: [CouncilProposalSummaryDto] }) items!: CouncilProposalSummaryDto[];
}
