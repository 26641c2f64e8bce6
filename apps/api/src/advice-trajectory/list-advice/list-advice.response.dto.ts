import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVICE_KINDS, COUNCIL_DECISIONS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import { ADVICE_REGISTER_STATUSES } from '#projections';

export class AdviceSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'The advice trajectory.' }) id!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty({ format: 'uuid', description: 'The participation body that advises.' }) bodyId!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: [...SOCIAL_DOMAINS] }) domain!: string;
  @ApiProperty({ enum: [...POLICY_PHASES], description: 'Phase of the policy cycle at which participation started.' })
  policyPhase!: string;
  @ApiPropertyOptional({ format: 'date', description: "When the college's written response is due." })
  responseDueOn?: string;
  @ApiProperty({
    enum: [...ADVICE_REGISTER_STATUSES],
    description:
      'started; advised (awaiting the college); responded; attached to a council proposal; decided by the council; closed; withdrawn.',
  })
  status!: string;
  @ApiProperty({ description: 'Advice issued, no college response, and the due date lies before today.' })
  overdue!: boolean;
  @ApiPropertyOptional({ description: 'Version of the current advice.', minimum: 1 }) adviceVersion?: number;
  @ApiPropertyOptional({ format: 'date' }) issuedOn?: string;
  @ApiProperty({ description: 'Recommendations in the current advice.', minimum: 0 }) recommendationCount!: number;
  @ApiPropertyOptional({ format: 'date', description: 'When the college responded in writing.' }) respondedOn?: string;
  @ApiPropertyOptional({ description: "Reference of the college's written response." }) documentRef?: string;
  @ApiProperty({ type: [String], description: 'Council proposals the advice is attached to, in order.' })
  proposalRefs!: string[];
  @ApiPropertyOptional({ enum: [...COUNCIL_DECISIONS], description: 'The latest council decision.' })
  councilDecision?: string;
  @ApiProperty({ description: 'Whether a dispute about the agreements is open.' }) disputeOpen!: boolean;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) withdrawnAt?: string;
}

export class AdviceListDto {
  @ApiProperty({ type: [AdviceSummaryDto] }) items!: AdviceSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
}
