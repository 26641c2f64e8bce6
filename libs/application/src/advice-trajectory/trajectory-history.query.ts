import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  DomainError,
  fold,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
} from '#domain';
import type { EventStore, RecordedEvent } from '#event-store';
import { upcast } from '../commands/upcast';

/** A trajectory's events, oldest first, and the state they add up to. */
export interface TrajectoryHistory {
  /** The municipality the trajectory belongs to: whoever reads it must act for it. */
  readonly municipalityCode: string;
  readonly events: readonly RecordedEvent[];
  readonly state: Exclude<AdviceTrajectoryState, { status: 'none' }>;
}

/**
 * An advice trajectory's history from the event store, not from a read model: always current,
 * and with `asOf` folded from only the events recorded by that instant. Not found (404) when
 * there is no such trajectory, or it had not started by `asOf`.
 */
export async function trajectoryHistory(
  store: EventStore,
  trajectoryId: string,
  asOf?: Date,
): Promise<TrajectoryHistory> {
  const recorded = await store.readStream(adviceTrajectoryStreamId(trajectoryId));
  const asRecorded = asOf === undefined ? recorded : recorded.filter((e) => e.recordedAt.getTime() <= asOf.getTime());
  // Every event in its current shape, so a first-version event reads like one written today.
  const events = asRecorded.map((e) => ({ ...e, data: upcast(e).data }));
  const state = fold(
    adviceTrajectoryDecider,
    events.map((e) => ({ type: e.type, data: e.data }) as AdviceTrajectoryEvent),
  );
  if (state.status === 'none') {
    throw new DomainError(
      'ADVICE_TRAJECTORY.NOT_FOUND',
      'There is no such advice trajectory, or it had not started at that instant.',
      'not-found',
    );
  }
  return { municipalityCode: state.municipalityCode, events, state };
}
