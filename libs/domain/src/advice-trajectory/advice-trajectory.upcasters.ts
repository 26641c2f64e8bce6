import type { AdviceIssued, AdviceTrajectoryEvent, AdviceTrajectoryStarted } from './advice-trajectory.events';

/*
 * Events as the first version wrote them stay as they are in the store; these pure functions read
 * them in the second version's shape, so a reader need not know the defaults. Events the second
 * version writes leave the defaults out as well (a trajectory addressed to its own municipality
 * only, content advice), so they read the same way. Per event type; every other type is returned
 * unchanged.
 */

/** A trajectory that names no addressed municipalities is addressed to its own. */
export function upcastAdviceTrajectoryStarted(event: AdviceTrajectoryStarted): AdviceTrajectoryStarted {
  if (event.data.addressedTo !== undefined) return event;
  return { ...event, data: { ...event.data, addressedTo: [event.data.municipalityCode] } };
}

/** Advice that names no kind is content advice. */
export function upcastAdviceIssued(event: AdviceIssued): AdviceIssued {
  if (event.data.adviceKind !== undefined) return event;
  return { ...event, data: { ...event.data, adviceKind: 'content' } };
}

export function upcastAdviceTrajectoryEvent(event: AdviceTrajectoryEvent): AdviceTrajectoryEvent {
  if (event.type === 'AdviceTrajectoryStarted') return upcastAdviceTrajectoryStarted(event);
  if (event.type === 'AdviceIssued') return upcastAdviceIssued(event);
  return event;
}
