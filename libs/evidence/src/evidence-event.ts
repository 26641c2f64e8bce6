import type { RecordedEvent } from '#event-store';
import type { EvidenceEvent } from './verify';

/**
 * An event as the evidence covers it: as stored (personal data sealed, so forgetting a person
 * changes no leaf), with its position and recorded time in the forms an export writes.
 */
export function evidenceEventOf(event: RecordedEvent): EvidenceEvent {
  return {
    streamId: event.streamId,
    revision: event.streamRevision,
    position: event.position.toString(),
    recordedAt: event.recordedAt.toISOString(),
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  };
}
