import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ADVICE_KINDS,
  ADVICE_NATURES,
  COLLEGE_DECISIONS,
  COUNCIL_DECISIONS,
  IMPLEMENTATION_STATUSES,
  POLICY_PHASES,
  SIDES,
  SOCIAL_DOMAINS,
} from '#domain';

export class TrajectoryApproachDto {
  @ApiProperty({ type: [String] }) forms!: string[];
  @ApiProperty({ enum: [...POLICY_PHASES], isArray: true }) phases!: string[];
  @ApiProperty() roles!: string;
  @ApiPropertyOptional({
    enum: [...SIDES],
    description: 'The side that proposed it; absent for approaches agreed before proposals existed.',
  })
  proposedBy?: string;
  @ApiPropertyOptional({
    enum: [...SIDES],
    description: 'The other side, that confirmed it; absent for approaches agreed before proposals existed.',
  })
  confirmedBy?: string;
}

/** An approach one side proposed that the other has not confirmed yet. */
export class TrajectoryProposedApproachDto {
  @ApiProperty({ type: [String] }) forms!: string[];
  @ApiProperty({ enum: [...POLICY_PHASES], isArray: true }) phases!: string[];
  @ApiProperty() roles!: string;
  @ApiProperty({ enum: [...SIDES], description: 'The side that proposed it; only the other may confirm it.' })
  proposedBy!: string;
}

export class TrajectoryRecommendationDto {
  @ApiProperty({ minimum: 1 }) number!: number;
  @ApiProperty() text!: string;
}

export class TrajectoryAdviceDto {
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() clientPerspective!: string;
  @ApiProperty({ type: [TrajectoryRecommendationDto] }) recommendations!: TrajectoryRecommendationDto[];
  @ApiProperty({
    enum: [...ADVICE_NATURES],
    description: 'Advice on the policy (content) or on how residents are involved (process).',
  })
  adviceKind!: string;
}

export class TrajectoryAnswerDto {
  @ApiProperty({ minimum: 1 }) recommendationNumber!: number;
  @ApiProperty({ enum: [...COLLEGE_DECISIONS] }) decision!: string;
  @ApiPropertyOptional() reasoning?: string;
}

/** One college's written response; its decisions are the current ones, corrected when it was. */
export class TrajectoryResponseDto {
  @ApiProperty({ minimum: 1, description: 'The advice version answered.' }) adviceVersion!: number;
  @ApiProperty({ format: 'date' }) respondedOn!: string;
  @ApiProperty({
    type: [TrajectoryAnswerDto],
    description: "The college's current answers: the corrected ones once corrected; the first stay in the events.",
  })
  decisions!: TrajectoryAnswerDto[];
  @ApiPropertyOptional() documentRef?: string;
  @ApiPropertyOptional({ example: 'GM0375', description: 'The municipality whose college answered.' })
  municipalityCode?: string;
  @ApiPropertyOptional({ description: 'Why the response was corrected; absent while it was not.' })
  correctionReason?: string;
}

export class TrajectoryCouncilDecisionDto {
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: [...COUNCIL_DECISIONS] }) decision!: string;
  @ApiPropertyOptional() note?: string;
}

/** A council proposal of one municipality: a reference is unique within its municipality only. */
export class TrajectoryProposalDto {
  @ApiPropertyOptional({ example: 'GM0375', description: 'The municipality whose council the proposal is for.' })
  municipalityCode?: string;
  @ApiProperty() proposalRef!: string;
  @ApiPropertyOptional({ description: "The council information system's page, or an Open Raadsinformatie id." })
  proposalUrl?: string;
  @ApiProperty({ format: 'date' }) attachedOn!: string;
  @ApiProperty({ type: [TrajectoryCouncilDecisionDto] }) decisions!: TrajectoryCouncilDecisionDto[];
}

export class TrajectoryCheckpointDto {
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() description!: string;
}

export class TrajectoryProgressDto {
  @ApiProperty({ minimum: 1 }) recommendationNumber!: number;
  @ApiProperty({ enum: [...IMPLEMENTATION_STATUSES] }) status!: string;
  @ApiProperty({ format: 'date' }) reportedOn!: string;
  @ApiPropertyOptional() note?: string;
}

export class TrajectoryDisputeDto {
  @ApiProperty({ minimum: 1 }) disputeNumber!: number;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ enum: [...SIDES], description: 'The side that raised it.' }) raisedBy?: string;
  @ApiPropertyOptional({ description: "The dispute committee's resolution; absent while the dispute is open." })
  resolution?: string;
}

export class TrajectoryEndDto {
  @ApiProperty({ enum: ['closed', 'withdrawn'] }) outcome!: string;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional() reason?: string;
}

/** The trajectory's state as the domain folds it from the events shown. */
export class TrajectoryStateDto {
  @ApiProperty({ enum: ['started', 'advice-issued', 'responded', 'closed', 'withdrawn'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty({ format: 'uuid' }) bodyId!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: [...SOCIAL_DOMAINS] }) domain!: string;
  @ApiProperty({ enum: [...POLICY_PHASES] }) policyPhase!: string;
  @ApiPropertyOptional({ description: "The municipality's question (always there for solicited advice)." })
  question?: string;
  @ApiPropertyOptional({
    format: 'date',
    description: "When the body's advice is due; overdue on the body's side after it.",
  })
  adviceDueOn?: string;
  @ApiPropertyOptional({ format: 'date', description: "When the college's written response is due." })
  responseDueOn?: string;
  @ApiPropertyOptional({
    description: "The responsible official's login id (`sub`); absent in answers without a token.",
  })
  responsibleOfficial?: string;
  @ApiPropertyOptional({ example: 'wethouder Zorg', description: 'The alderman, by office name.' })
  portfolioHolder?: string;
  @ApiProperty({
    type: [String],
    example: ['GM0375'],
    description: 'Every municipality whose college must answer; the own one only unless the advice is regional.',
  })
  addressedTo!: string[];
  @ApiPropertyOptional({ type: TrajectoryApproachDto, description: 'Absent until agreed by both sides.' })
  approach?: TrajectoryApproachDto;
  @ApiPropertyOptional({
    type: TrajectoryProposedApproachDto,
    description: 'A proposal awaiting the other side; an agreed approach stands until a new one is confirmed.',
  })
  proposedApproach?: TrajectoryProposedApproachDto;
  @ApiProperty({ type: [String], format: 'uuid' }) signalIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) tableIds!: string[];
  @ApiPropertyOptional({ type: TrajectoryAdviceDto, description: 'Absent until issued.' })
  advice?: TrajectoryAdviceDto;
  @ApiProperty({
    type: [TrajectoryResponseDto],
    description: "Each addressed college's response, in the order recorded; the advice is answered when all have.",
  })
  responses!: TrajectoryResponseDto[];
  @ApiPropertyOptional({
    type: TrajectoryResponseDto,
    description: "The response that answered the advice (the last addressed college's); absent until every one has.",
  })
  response?: TrajectoryResponseDto;
  @ApiProperty({ type: [TrajectoryProposalDto] }) proposals!: TrajectoryProposalDto[];
  @ApiProperty({ type: [TrajectoryCheckpointDto] }) followUp!: TrajectoryCheckpointDto[];
  @ApiProperty({ type: [TrajectoryProgressDto] }) progress!: TrajectoryProgressDto[];
  @ApiProperty({ type: [TrajectoryDisputeDto] }) disputes!: TrajectoryDisputeDto[];
  @ApiPropertyOptional({ type: TrajectoryEndDto }) end?: TrajectoryEndDto;
}

export class TrajectoryEventActorDto {
  @ApiPropertyOptional({ description: 'Pseudonymous user id; absent in answers without a token.' }) id?: string;
  @ApiProperty({ example: 'official' }) role!: string;
}

export class TrajectoryEventDto {
  @ApiProperty({ example: 'AdviceIssued' }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When the command was received.' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the store recorded the event.' }) recordedAt!: string;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'Global position.' }) position!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision within the stream.' }) revision!: number;
  @ApiProperty({ type: TrajectoryEventActorDto }) actor!: TrajectoryEventActorDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data as recorded." })
  data!: Record<string, unknown>;
}

export class TrajectoryHistoryDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'The instant the answer stands at, when asked.' })
  asOf?: string;
  @ApiProperty({ type: TrajectoryStateDto }) state!: TrajectoryStateDto;
  @ApiProperty({ type: [TrajectoryEventDto], description: 'Oldest first.' }) events!: TrajectoryEventDto[];
}
