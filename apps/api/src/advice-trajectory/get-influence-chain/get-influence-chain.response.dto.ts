import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVICE_KINDS, COUNCIL_DECISIONS, SIGNAL_SCOPES, SOCIAL_DOMAINS, TABLE_GROUPS } from '#domain';
import { ADVICE_REGISTER_STATUSES } from '#projections';
import { TableMissingGroupReasonsDto } from '../../temporary-table/get-temporary-table/temporary-table.response.dto';
import { RecommendationOutcomeDto } from '../get-council-proposal-report/recommendation-outcome.dto';

/** A signal the advice rests on, without anything that could describe a person. */
export class InfluenceSignalDto {
  @ApiProperty({ format: 'uuid' }) signalId!: string;
  @ApiPropertyOptional() channel?: string;
  @ApiPropertyOptional({ format: 'date' }) receivedOn?: string;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiPropertyOptional({ enum: [...SOCIAL_DOMAINS] }) domain?: string;
  @ApiPropertyOptional({ enum: [...SIGNAL_SCOPES] }) scope?: string;
}

export class InfluencePerspectiveCountDto {
  @ApiProperty({ enum: [...TABLE_GROUPS] }) perspective!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    nullable: true,
    description: 'null when suppressed: answers without a token show no count from 1 to 4.',
  })
  count!: number | null;
  @ApiPropertyOptional({ description: 'true when the count is suppressed to protect the people behind it.' })
  suppressed?: boolean;
}

/** A temporary table the advice rests on: who was expected, who came, who contributed. */
export class InfluenceTableDto {
  @ApiProperty({ format: 'uuid' }) tableId!: string;
  @ApiPropertyOptional() theme?: string;
  @ApiPropertyOptional() question?: string;
  @ApiPropertyOptional() form?: string;
  @ApiPropertyOptional({ enum: ['open', 'closed'] }) status?: string;
  @ApiPropertyOptional({ enum: [...TABLE_GROUPS], isArray: true }) expectedGroups?: string[];
  @ApiPropertyOptional({ enum: [...TABLE_GROUPS], isArray: true, description: 'Expected groups never at the table.' })
  missingGroups?: string[];
  @ApiPropertyOptional({
    type: TableMissingGroupReasonsDto,
    description: 'Why expected groups were not at the table, as given at its close: about groups, not persons.',
  })
  missingGroupReasons?: TableMissingGroupReasonsDto;
  @ApiPropertyOptional({ type: [InfluencePerspectiveCountDto], description: 'Contributions per perspective.' })
  contributionsByPerspective?: InfluencePerspectiveCountDto[];
}

export class InfluenceAdviceDto {
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() clientPerspective!: string;
  @ApiProperty({ type: [RecommendationOutcomeDto] }) recommendations!: RecommendationOutcomeDto[];
}

export class InfluenceCollegeResponseDto {
  @ApiProperty({ format: 'date' }) respondedOn!: string;
  @ApiPropertyOptional() documentRef?: string;
}

export class InfluenceCouncilDecisionDto {
  @ApiProperty({ example: 'RV-2026-031' }) proposalRef!: string;
  @ApiProperty({ format: 'date' }) attachedOn!: string;
  @ApiPropertyOptional({ format: 'date' }) decidedOn?: string;
  @ApiPropertyOptional({ enum: [...COUNCIL_DECISIONS] }) decision?: string;
  @ApiPropertyOptional() note?: string;
}

/** Signals → tables → advice → each recommendation → college → council → implementation. */
export class InfluenceChainDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty({ enum: [...ADVICE_REGISTER_STATUSES] }) status!: string;
  @ApiProperty({ type: [InfluenceSignalDto] }) signals!: InfluenceSignalDto[];
  @ApiProperty({ type: [InfluenceTableDto] }) tables!: InfluenceTableDto[];
  @ApiPropertyOptional({ type: InfluenceAdviceDto, description: 'Absent until the advice is issued.' })
  advice?: InfluenceAdviceDto;
  @ApiPropertyOptional({ type: InfluenceCollegeResponseDto }) collegeResponse?: InfluenceCollegeResponseDto;
  @ApiProperty({
    type: [InfluenceCouncilDecisionDto],
    description: 'Each council proposal the advice went with, and the latest decision on it.',
  })
  councilProposals!: InfluenceCouncilDecisionDto[];
}
