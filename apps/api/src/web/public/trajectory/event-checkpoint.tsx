import type { VNode } from 'preact';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';

/** When the signed checkpoint that first holds each event of a trajectory was signed (GetTrajectoryCheckpoints' times). */
export interface TrajectoryCheckpoints {
  readonly trajectoryId: string;
  readonly events: readonly {
    readonly position: number;
    readonly checkpointSignedAt: string;
  }[];
}

/**
 * "Deze gebeurtenis zit in het controlepunt van <datum>", with a link to the proof an evaluator
 * checks against the signed checkpoint (ADR 0030); nothing for an event in no checkpoint yet.
 */
export function EventCheckpoint({
  context,
  checkpoints,
  position,
}: {
  readonly context: PageContext;
  readonly checkpoints: TrajectoryCheckpoints | undefined;
  readonly position: number;
}): VNode | null {
  const found = checkpoints?.events.find((event) => event.position === position);
  if (!checkpoints || !found) return null;
  const { t } = context;
  const proof = `/api/v1/audit-trail/advice-trajectories/${checkpoints.trajectoryId}/checkpoints`;
  return (
    <span class="event-checkpoint">
      {` — ${t.trajectory.inCheckpoint} `}
      <time dateTime={found.checkpointSignedAt}>{formatInstant(t.locale, found.checkpointSignedAt)}</time>
      {' ('}
      <a class="utrecht-link" href={proof}>
        {t.trajectory.checkpointProof}
      </a>
      {')'}
    </span>
  );
}
