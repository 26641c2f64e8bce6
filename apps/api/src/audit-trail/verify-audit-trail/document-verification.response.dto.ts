import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DocumentVerification, DocumentWalkStep } from '#application';

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

/** A pass of the walk that checked every document in scope once. */
export class CompletedDocumentPassDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The number of the pass, counting from 1.' })
  pass!: number;

  @ApiProperty({ format: 'date-time', description: 'When the request that checked its last document came in.' })
  completedAt!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Documents the pass checked.' })
  checked!: number;

  @ApiProperty({ description: 'True when every document the pass checked still hashed to what its event records.' })
  intact!: boolean;

  @ApiProperty({ type: [DocumentProblemDto], description: 'Documents whose stored bytes no longer matched.' })
  altered!: DocumentProblemDto[];

  @ApiProperty({ type: [DocumentProblemDto], description: 'Documents the store no longer had.' })
  missing!: DocumentProblemDto[];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Documents erased with a person they concern.' })
  erased!: number;
}

/**
 * The walk over every document in scope, a bounded part per request, going on where the last
 * request for the same municipalities stopped: asked often enough, it checks every document.
 */
export class DocumentWalkDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The pass the walk is in now.' })
  pass!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Documents this request checked for the walk.' })
  checkedNow!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Documents the current pass checked so far.' })
  checkedInPass!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Streams the current pass walked so far.' })
  streamsInPass!: number;

  @ApiPropertyOptional({
    type: CompletedDocumentPassDto,
    description: 'The last pass that checked every document in scope; absent until one has.',
  })
  lastCompletedPass?: CompletedDocumentPassDto;
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

  @ApiPropertyOptional({
    type: DocumentWalkDto,
    description: 'For the whole scope (no streamId): the walk that checks every document over successive requests.',
  })
  walk?: DocumentWalkDto;
}

const problem = (p: DocumentVerification['altered'][number]): DocumentProblemDto => ({
  sha256: p.sha256,
  streamId: p.streamId,
  position: Number(p.position),
  kind: p.kind,
});

/** The check of the newest documents, with the walk's step when there is one: a problem either found counts. */
export function presentDocumentVerification(
  verification: DocumentVerification,
  walk?: DocumentWalkStep,
): DocumentVerificationDto {
  const once = (lists: readonly (readonly DocumentVerification['altered'][number][])[]): DocumentProblemDto[] => {
    const seen = new Set<string>();
    return lists
      .flat()
      .filter((p) => !seen.has(p.sha256) && seen.add(p.sha256))
      .map(problem);
  };
  const altered = once([verification.altered, walk?.altered ?? []]);
  const missing = once([verification.missing, walk?.missing ?? []]);
  return {
    intact: altered.length === 0 && missing.length === 0,
    checked: verification.checked,
    complete: verification.complete,
    altered,
    missing,
    erased: verification.erased,
    ...(walk === undefined ? {} : { walk: presentWalk(walk) }),
  };
}

function presentWalk(walk: DocumentWalkStep): DocumentWalkDto {
  const { cursor } = walk;
  const last = cursor.lastCompleted;
  return {
    pass: cursor.pass,
    checkedNow: walk.checked.length,
    checkedInPass: cursor.checked,
    streamsInPass: cursor.streams,
    ...(last === undefined
      ? {}
      : {
          lastCompletedPass: {
            pass: last.pass,
            completedAt: last.completedAt,
            checked: last.checked,
            intact: last.intact,
            altered: last.altered.map(problem),
            missing: last.missing.map(problem),
            erased: last.erased,
          },
        }),
  };
}
