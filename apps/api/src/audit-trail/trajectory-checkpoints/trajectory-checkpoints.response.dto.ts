import { ApiProperty } from '@nestjs/swagger';

export class EventCheckpointDto {
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
}

export class TrajectoryCheckpointsDto {
  @ApiProperty({ format: 'uuid' })
  trajectoryId!: string;

  @ApiProperty({
    type: [EventCheckpointDto],
    description: 'Each event already in a signed checkpoint (ADR 0030), oldest first; later events are not yet.',
  })
  events!: EventCheckpointDto[];
}

export class EventInclusionDto extends EventCheckpointDto {
  @ApiProperty({ description: 'The stream the event belongs to.' })
  streamId!: string;

  @ApiProperty({ description: 'SHA-256 (hex) of the leaf: 0x00 followed by the canonical JSON of the event.' })
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
