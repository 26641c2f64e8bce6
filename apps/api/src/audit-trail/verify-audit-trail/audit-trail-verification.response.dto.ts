import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BrokenLinkReason } from '#event-store';
import { DocumentVerificationDto } from './document-verification.response.dto';

export const BROKEN_LINK_REASONS: readonly BrokenLinkReason[] = [
  'content-changed',
  'predecessor-changed',
  'predecessor-missing',
  'out-of-order',
  'chain-removed',
  'malformed-link',
  'last-events-missing',
];

export class BrokenLinkDto {
  @ApiProperty({
    description: 'The stream where the trail breaks.',
    example: 'signal-c0a80101-0000-4000-8000-0000000005a1',
  })
  streamId!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Revision of the event where the link breaks; for last-events-missing, the revision the store records.',
  })
  revision!: number;

  @ApiProperty({
    type: 'integer',
    format: 'int64',
    nullable: true,
    description: 'Global position of that event; null when it is the one missing.',
  })
  position!: number | null;

  @ApiProperty({
    enum: [...BROKEN_LINK_REASONS],
    description:
      'content-changed: the event was edited; predecessor-changed: the event before it was replaced; ' +
      'predecessor-missing: an event before it was deleted; out-of-order: events were moved; ' +
      'chain-removed: its chain link was removed; malformed-link: its chain link is unreadable; ' +
      'last-events-missing: the last events of the stream were deleted.',
  })
  reason!: BrokenLinkReason;

  @ApiProperty({ description: 'What was found, in one sentence.' })
  detail!: string;
}

/** The answer of VerifyAuditTrail (shared/api-contract.md). */
export class AuditTrailVerificationDto {
  @ApiProperty({ description: 'Whether every checked event is whole and untouched.' })
  intact!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events checked.' })
  checked!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Of those, events recorded before the hash chain existed. Each is sealed by the first chained event ' +
      'after it in its stream; events after the last chained one are not yet sealed.',
  })
  unchained!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Streams checked.' })
  streams!: number;

  @ApiProperty({
    type: 'integer',
    format: 'int64',
    nullable: true,
    description: 'Global position of the last event checked; null when there was none.',
  })
  throughPosition!: number | null;

  @ApiPropertyOptional({ description: 'The stream checked, when one was asked for.' })
  streamId?: string;

  @ApiProperty({
    type: [String],
    description:
      'The municipalities the answer covers: streams of theirs, and streams that belong to no single ' +
      'municipality. Every stream is checked; only these are counted and reported.',
    example: ['GM0375'],
  })
  municipalities!: string[];

  @ApiPropertyOptional({ type: BrokenLinkDto, description: 'The first event, by position, that does not hold.' })
  firstBroken?: BrokenLinkDto;

  @ApiPropertyOptional({
    type: DocumentVerificationDto,
    description: 'The attached documents: whether the bytes kept under each hash still match it (#21).',
  })
  documents?: DocumentVerificationDto;
}
