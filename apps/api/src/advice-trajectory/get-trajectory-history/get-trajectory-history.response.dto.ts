import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ADVICE_KINDS,
  COLLEGE_DECISIONS,
  COUNCIL_DECISIONS,
  IMPLEMENTATION_STATUSES,
  POLICY_PHASES,
  SOCIAL_DOMAINS,
} from '#domain';

export class TrajectoryApproachDto {
  @ApiProperty({ type: [String] }) forms!: string[];
  @ApiProperty({ enum: [...POLICY_PHASES], isArray: true }) phases!: string[];
  @ApiProperty() roles!: string;
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
}

export class TrajectoryAnswerDto {
  @ApiProperty({ minimum: 1 }) recommendationNumber!: number;
  @ApiProperty({ enum: [...COLLEGE_DECISIONS] }) decision!: string;
  @ApiPropertyOptional() reasoning?: string;
}

export class TrajectoryResponseDto {
  @ApiProperty({ minimum: 1, description: 'The advice version answered.' }) adviceVersion!: number;
  @ApiProperty({ format: 'date' }) respondedOn!: string;
  @ApiProperty({ type: [TrajectoryAnswerDto] }) decisions!: TrajectoryAnswerDto[];
  @ApiPropertyOptional() documentRef?: string;
}

export class TrajectoryCouncilDecisionDto {
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: [...COUNCIL_DECISIONS] }) decision!: string;
  @ApiPropertyOptional() note?: string;
}

export class TrajectoryProposalDto {
  @ApiProperty() proposalRef!: string;
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
  @ApiPropertyOptional({ description: 'Absent while the dispute is open.' }) resolution?: string;
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
  @ApiPropertyOptional({ format: 'date' }) responseDueOn?: string;
  @ApiPropertyOptional({ type: TrajectoryApproachDto, description: 'Absent until agreed.' })
  approach?: TrajectoryApproachDto;
  @ApiProperty({ type: [String], format: 'uuid' }) signalIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) tableIds!: string[];
  @ApiPropertyOptional({ type: TrajectoryAdviceDto, description: 'Absent until issued.' })
  advice?: TrajectoryAdviceDto;
  @ApiPropertyOptional({ type: TrajectoryResponseDto, description: "Absent until the college's response." })
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
