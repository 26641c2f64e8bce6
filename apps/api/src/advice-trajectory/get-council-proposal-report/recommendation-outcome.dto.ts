import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COLLEGE_DECISIONS, COUNCIL_DECISIONS, IMPLEMENTATION_STATUSES } from '#domain';

export class AdviceCouncilDecisionDto {
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: [...COUNCIL_DECISIONS] }) decision!: string;
  @ApiPropertyOptional() note?: string;
}

export class AdviceImplementationDto {
  @ApiProperty({ enum: [...IMPLEMENTATION_STATUSES], description: 'The latest reported status.' }) status!: string;
  @ApiProperty({ format: 'date' }) reportedOn!: string;
  @ApiPropertyOptional({ description: 'Why it was dropped, or what is going on.' }) note?: string;
}

/** What became of one recommendation: the college's answer, the council's decision, the implementation. */
export class RecommendationOutcomeDto {
  @ApiProperty({ minimum: 1 }) number!: number;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ enum: [...COLLEGE_DECISIONS], description: 'Absent while the college has not responded.' })
  collegeDecision?: string;
  @ApiPropertyOptional({ description: "The college's reasoning; always given unless adopted." }) reasoning?: string;
  @ApiPropertyOptional({
    enum: [...COUNCIL_DECISIONS],
    description: 'The latest council decision on the proposal the advice went with.',
  })
  councilDecision?: string;
  @ApiPropertyOptional({ type: AdviceImplementationDto }) implementation?: AdviceImplementationDto;
}
