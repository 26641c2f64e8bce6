import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVICE_KINDS, ADVICE_NATURES, COUNCIL_DECISIONS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import { ADVICE_REGISTER_STATUSES } from '#projections';

export class OverdueCheckpointDto {
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() description!: string;
}

export class AdviceSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'The advice trajectory.' }) id!: string;
  @ApiProperty({ example: 'GM0375', description: 'The municipality that started the trajectory.' })
  municipalityCode!: string;
  @ApiProperty({
    type: [String],
    example: ['GM0375', 'GM0396', 'GM0453'],
    description: 'Every municipality whose college answers the advice; each of them sees it in its register.',
  })
  addressedTo!: string[];
  @ApiProperty({ format: 'uuid', description: 'The participation body that advises.' }) bodyId!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty() subject!: string;
  @ApiPropertyOptional({ description: "The municipality's question (solicited advice)." }) question?: string;
  @ApiProperty({ enum: [...SOCIAL_DOMAINS] }) domain!: string;
  @ApiProperty({ enum: [...POLICY_PHASES], description: 'Phase of the policy cycle at which participation started.' })
  policyPhase!: string;
  @ApiPropertyOptional({ format: 'date', description: "When the body's advice is due." }) adviceDueOn?: string;
  @ApiPropertyOptional({ format: 'date', description: "When the college's written response is due." })
  responseDueOn?: string;
  @ApiPropertyOptional({ description: 'The alderman responsible, by office name.', example: 'wethouder Zorg' })
  portfolioHolder?: string;
  @ApiPropertyOptional({ description: "The responsible official's login id (`sub`); not shown without a token." })
  responsibleOfficial?: string;
  @ApiProperty({
    enum: [...ADVICE_REGISTER_STATUSES],
    description:
      'started; advised (awaiting the college); responded; attached to a council proposal; decided by the council; closed; withdrawn.',
  })
  status!: string;
  @ApiProperty({ description: 'Whether a term has passed today: see overdueSide.' })
  overdue!: boolean;
  @ApiPropertyOptional({
    enum: ['college', 'body'],
    description:
      'Whose term has passed: college (advice issued, not every addressed college has responded, responseDueOn before today) or body (no advice yet, adviceDueOn before today).',
  })
  overdueSide?: string;
  @ApiProperty({ description: 'Whether a follow-up checkpoint is past its date with no progress report since.' })
  followUpOverdue!: boolean;
  @ApiProperty({ type: [OverdueCheckpointDto], description: 'The follow-up checkpoints overdue today.' })
  overdueCheckpoints!: OverdueCheckpointDto[];
  @ApiPropertyOptional({ description: 'Version of the current advice.', minimum: 1 }) adviceVersion?: number;
  @ApiPropertyOptional({ format: 'date' }) issuedOn?: string;
  @ApiPropertyOptional({ enum: [...ADVICE_NATURES], description: 'Content advice, or process advice.' })
  adviceKind?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'Once advice is issued: the addressed municipalities whose college has not responded yet.',
  })
  collegesYetToRespond?: string[];
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
