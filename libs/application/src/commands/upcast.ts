import { upcastAdviceTrajectoryEvent, type AdviceTrajectoryEvent, type DomainEvent } from '#domain';
import type { RecordedEvent } from '#event-store';

/**
 * A stored event in its current shape. Events stay as the version that wrote them (none is ever
 * rewritten); the domain's upcasters fill in what a first-version event left to a default. Event
 * types are unique across streams, and each stream's upcaster passes every type it does not know
 * through unchanged, so any recorded event may be handed to it.
 */
export function upcast(event: RecordedEvent): DomainEvent {
  return upcastAdviceTrajectoryEvent({ type: event.type, data: event.data } as AdviceTrajectoryEvent);
}
