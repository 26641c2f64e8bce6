import type { RecordedEvent } from '#event-store';
import { canonicalJson, EVIDENCE_VERSION, type EvidenceEvent } from './verify';

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

/**
 * `leafBytes(evidenceEventOf(event))`, written straight from the stored event: the checkpointer
 * and the export build one per event, and the general rule copies the event twice and sorts
 * its members each time (P7). The members below are in the canonical (sorted) order; a spec
 * holds this to `leafBytes` byte for byte.
 */
export function leafBytesOf(event: RecordedEvent): string {
  return (
    `{${member('data', event.data)}"eventId":${JSON.stringify(event.eventId.toLowerCase())},` +
    `${member('metadata', event.metadata)}"position":"${event.position}",` +
    `"recordedAt":"${event.recordedAt.toISOString()}","revision":${canonicalJson(event.streamRevision)},` +
    `"streamId":${JSON.stringify(event.streamId)},"type":${JSON.stringify(event.type)},"v":${EVIDENCE_VERSION}}`
  );
}

/** A member and its comma, or nothing for `undefined`, as `canonicalJson` leaves such members out. */
function member(name: string, value: unknown): string {
  return value === undefined ? '' : `"${name}":${canonicalJson(value)},`;
}
