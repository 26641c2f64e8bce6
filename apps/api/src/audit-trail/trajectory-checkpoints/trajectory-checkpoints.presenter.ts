import type { EventInclusion } from '#evidence';
import type { EventInclusionDto } from './trajectory-checkpoints.response.dto';

/** One event's checkpoint and proof in the answer's shape. */
export function presentInclusion(found: EventInclusion): EventInclusionDto {
  return {
    revision: found.revision,
    position: Number(found.position),
    checkpointSignedAt: found.signedAt.toISOString(),
    treeSize: found.treeSize,
    leafIndex: found.leafIndex,
    leafHash: found.leafHash,
    rootHash: found.rootHash,
    path: [...found.path],
    signedCheckpoint: { ...found.signed },
  };
}
