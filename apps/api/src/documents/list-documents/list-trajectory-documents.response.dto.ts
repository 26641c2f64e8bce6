import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One public document of a trajectory, as its event records it. */
export class TrajectoryDocumentDto {
  @ApiProperty({
    description: 'SHA-256 of the document (hex): its name in GET /documents/{sha256}.',
    pattern: '^[0-9a-f]{64}$',
  })
  sha256!: string;

  @ApiProperty({ description: 'The kind of document (advice-letter, college-response, council-proposal, …).' })
  kind!: string;

  @ApiProperty({ description: 'The file name as it was given.' })
  fileName!: string;

  @ApiProperty({ description: 'The media type checked from the bytes.' })
  mediaType!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Size in bytes.' })
  size!: number;

  @ApiProperty({ description: 'When it was attached (ISO 8601).' })
  attachedAt!: string;

  @ApiPropertyOptional({ description: 'The college or council it is for, when the advice is addressed to several.' })
  municipalityCode?: string;

  @ApiPropertyOptional({ description: "For a council proposal document: the proposal's reference." })
  proposalRef?: string;
}

/** The trajectory's documents, in the order they were attached. */
export class TrajectoryDocumentListDto {
  @ApiProperty({ format: 'uuid' })
  trajectoryId!: string;

  @ApiProperty({ type: [TrajectoryDocumentDto] })
  items!: TrajectoryDocumentDto[];
}
