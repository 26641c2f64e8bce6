import { ApiProperty } from '@nestjs/swagger';

export class EventInclusionDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: "The event's revision in the trajectory's stream." })
  revision!: number;

  @ApiProperty({ type: 'integer', format: 'int64', description: "The event's global position." })
  position!: number;

  @ApiProperty({ description: 'When the first signed checkpoint that holds the event was signed.' })
  checkpointSignedAt!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many events of $all that checkpoint covers.' })
  treeSize!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: "The event's leaf in the Merkle tree over $all." })
  leafIndex!: number;

  @ApiProperty({
    description: 'SHA-256 (hex) of the leaf: 0x00 followed by the canonical JSON of the event as stored.',
  })
  leafHash!: string;

  @ApiProperty({ description: 'The Merkle root the checkpoint signs (hex).' })
  rootHash!: string;

  @ApiProperty({ type: [String], description: 'RFC 6962 audit path from the leaf to the root, hex.' })
  path!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The checkpoint as signed (Ed25519): check it with the public key published out of band.',
  })
  signedCheckpoint!: Record<string, unknown>;
}

export class TrajectoryCheckpointsDto {
  @ApiProperty({ format: 'uuid' })
  trajectoryId!: string;

  @ApiProperty({
    type: [EventInclusionDto],
    description:
      'Each event already in a signed checkpoint (ADR 0030), oldest first, with its inclusion proof; later events are in none yet.',
  })
  events!: EventInclusionDto[];
}
