import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVICE_KINDS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import { ADVICE_REGISTER_STATUSES } from '#projections';
import { AdviceCouncilDecisionDto, RecommendationOutcomeDto } from './recommendation-outcome.dto';

/** One advice that went with the council proposal, and the fate of each of its recommendations. */
export class ProposalAdviceDto {
  @ApiProperty({ format: 'uuid', description: 'The advice trajectory.' }) trajectoryId!: string;
  @ApiProperty({
    example: 'GM0375',
    description: 'The municipality whose council proposal this is (a reference is unique within a municipality only).',
  })
  municipalityCode!: string;
  @ApiProperty({ type: [String], description: 'Every municipality the advice is addressed to.' })
  addressedTo!: string[];
  @ApiPropertyOptional({ description: "The proposal's page in the council information system." }) proposalUrl?: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: [...SOCIAL_DOMAINS] }) domain!: string;
  @ApiProperty({ enum: [...POLICY_PHASES] }) policyPhase!: string;
  @ApiProperty({ enum: [...ADVICE_REGISTER_STATUSES] }) status!: string;
  @ApiProperty({ format: 'date', description: 'When the advice was attached to this proposal.' }) attachedOn!: string;
  @ApiPropertyOptional({ minimum: 1 }) adviceVersion?: number;
  @ApiPropertyOptional({ format: 'date' }) issuedOn?: string;
  @ApiPropertyOptional() summary?: string;
  @ApiPropertyOptional({ description: 'The client perspective the advice names.' }) clientPerspective?: string;
  @ApiPropertyOptional({ format: 'date', description: "When this municipality's college responded." })
  respondedOn?: string;
  @ApiPropertyOptional({ description: "Reference of the college's written response." }) documentRef?: string;
  @ApiProperty({ type: [AdviceCouncilDecisionDto], description: "The council's decisions on this proposal, in order." })
  councilDecisions!: AdviceCouncilDecisionDto[];
  @ApiProperty({ type: [RecommendationOutcomeDto] }) recommendations!: RecommendationOutcomeDto[];
}

export class CouncilProposalReportDto {
  @ApiProperty({ example: 'RV-2026-031' }) proposalRef!: string;
  @ApiPropertyOptional({
    type: 'integer',
    format: 'int64',
    description: 'The global position the report is pinned to, when asked with atPosition.',
  })
  atPosition?: number;
  @ApiProperty({ type: [ProposalAdviceDto] }) advice!: ProposalAdviceDto[];
}
