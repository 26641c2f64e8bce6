import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ADVICE_KINDS,
  ADVICE_NATURES,
  COLLEGE_DECISIONS,
  COUNCIL_DECISIONS,
  SIGNAL_SCOPES,
  SOCIAL_DOMAINS,
  TABLE_GROUPS,
} from '#domain';
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
  @ApiProperty({
    type: [RecommendationOutcomeDto],
    description:
      "What became of each: the college's and council's word are those of the trajectory's own municipality.",
  })
  recommendations!: RecommendationOutcomeDto[];
  @ApiPropertyOptional({
    enum: [...ADVICE_NATURES],
    description: 'Advice on the policy (content) or on how residents are involved (process).',
  })
  adviceKind?: string;
}

export class InfluenceCollegeResponseDto {
  @ApiProperty({ format: 'date', description: 'When the last addressed college responded.' }) respondedOn!: string;
  @ApiPropertyOptional({ description: "The own college's response document." }) documentRef?: string;
}

export class InfluenceCouncilDecisionDto {
  @ApiPropertyOptional({ example: 'GM0375', description: 'The municipality whose council the proposal is for.' })
  municipalityCode?: string;
  @ApiProperty({ example: 'RV-2026-031' }) proposalRef!: string;
  @ApiPropertyOptional({ description: "The council information system's page, or an Open Raadsinformatie id." })
  proposalUrl?: string;
  @ApiProperty({ format: 'date' }) attachedOn!: string;
  @ApiPropertyOptional({ format: 'date' }) decidedOn?: string;
  @ApiPropertyOptional({ enum: [...COUNCIL_DECISIONS] }) decision?: string;
  @ApiPropertyOptional() note?: string;
}

/** One college's current answer to one recommendation. */
export class InfluenceCollegeAnswerDto {
  @ApiProperty({ minimum: 1 }) recommendationNumber!: number;
  @ApiProperty({ enum: [...COLLEGE_DECISIONS] }) decision!: string;
  @ApiPropertyOptional({ description: "The college's reasoning; always given unless adopted." }) reasoning?: string;
}

/** A correction of a college's response: its answers replaced the earlier ones as current. */
export class InfluenceResponseCorrectionDto {
  @ApiProperty({ description: 'Why the response was corrected.' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) correctedAt!: string;
}

/** What one addressed municipality did with the advice: its college's answers and its council's proposals. */
export class InfluenceMunicipalityDto {
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When this college responded; absent until it has.' })
  respondedOn?: string;
  @ApiPropertyOptional({ minimum: 1, description: 'The advice version this college answered.' })
  adviceVersion?: number;
  @ApiPropertyOptional() documentRef?: string;
  @ApiProperty({
    type: [InfluenceCollegeAnswerDto],
    description: "This college's current answers, the corrected ones once corrected; empty until it responded.",
  })
  answers!: InfluenceCollegeAnswerDto[];
  @ApiProperty({ type: [InfluenceResponseCorrectionDto], description: 'Oldest first; empty when never corrected.' })
  corrections!: InfluenceResponseCorrectionDto[];
  @ApiProperty({
    type: [InfluenceCouncilDecisionDto],
    description: "This municipality's council proposals the advice went with, and the latest decision on each.",
  })
  councilProposals!: InfluenceCouncilDecisionDto[];
}

/** Signals → tables → advice → each recommendation → college → council → implementation. */
export class InfluenceChainDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: [...ADVICE_KINDS] }) kind!: string;
  @ApiProperty({ enum: [...ADVICE_REGISTER_STATUSES] }) status!: string;
  @ApiProperty({
    type: [String],
    example: ['GM0375'],
    description: 'Every municipality whose college must answer; the own one only unless the advice is regional.',
  })
  addressedTo!: string[];
  @ApiProperty({ type: [InfluenceSignalDto] }) signals!: InfluenceSignalDto[];
  @ApiProperty({ type: [InfluenceTableDto] }) tables!: InfluenceTableDto[];
  @ApiPropertyOptional({ type: InfluenceAdviceDto, description: 'Absent until the advice is issued.' })
  advice?: InfluenceAdviceDto;
  @ApiPropertyOptional({
    type: InfluenceCollegeResponseDto,
    description: 'Present once every addressed college has responded.',
  })
  collegeResponse?: InfluenceCollegeResponseDto;
  @ApiProperty({
    type: [InfluenceCouncilDecisionDto],
    description: "Each council proposal the advice went with, every municipality's, and the latest decision on it.",
  })
  councilProposals!: InfluenceCouncilDecisionDto[];
  @ApiProperty({
    type: [InfluenceMunicipalityDto],
    description: "Each addressed municipality in turn: its college's answers and its council's proposals.",
  })
  municipalities!: InfluenceMunicipalityDto[];
}
