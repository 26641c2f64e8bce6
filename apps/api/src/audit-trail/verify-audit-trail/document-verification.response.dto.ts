import { ApiProperty } from '@nestjs/swagger';
import type { DocumentVerification } from '#application';

export class DocumentProblemDto {
  @ApiProperty({ description: 'SHA-256 the event records.', pattern: '^[0-9a-f]{64}$' })
  sha256!: string;

  @ApiProperty({ description: 'The stream whose event attached the document.' })
  streamId!: string;

  @ApiProperty({ type: 'integer', format: 'int64', description: 'Global position of that event.' })
  position!: number;

  @ApiProperty({ description: 'The kind of document (advice-letter, session-minutes, …).' })
  kind!: string;
}

/** Whether the documents the events name are still the bytes the store keeps under their hash. */
export class DocumentVerificationDto {
  @ApiProperty({ description: 'True when every document in scope still hashes to what its event records.' })
  intact!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Documents checked.' })
  checked!: number;

  @ApiProperty({
    description:
      'False when the scope held more documents than one request checks (the most recently attached are checked); ask per stream for the rest.',
  })
  complete!: boolean;

  @ApiProperty({ type: [DocumentProblemDto], description: 'Documents whose stored bytes no longer match.' })
  altered!: DocumentProblemDto[];

  @ApiProperty({ type: [DocumentProblemDto], description: 'Documents the store no longer has.' })
  missing!: DocumentProblemDto[];

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Documents erased with a person they concern; they can no longer be checked.',
  })
  erased!: number;
}

export function presentDocumentVerification(verification: DocumentVerification): DocumentVerificationDto {
  const problem = (p: DocumentVerification['altered'][number]): DocumentProblemDto => ({
    ...p,
    position: Number(p.position),
  });
  return {
    intact: verification.intact,
    checked: verification.checked,
    complete: verification.complete,
    altered: verification.altered.map(problem),
    missing: verification.missing.map(problem),
    erased: verification.erased,
  };
}
