import type { EventMetadata, RecordedEvent } from '../event-envelope';

/** A row of `es_events` as `pg` returns it (bigint columns arrive as strings). */
export interface EventRow {
  position: string;
  stream_id: string;
  stream_revision: string;
  event_id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
}

export const EVENT_COLUMNS = 'position, stream_id, stream_revision, event_id, type, data, metadata, recorded_at';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamRevision: Number(row.stream_revision),
    position: BigInt(row.position),
    recordedAt: row.recorded_at,
  };
}
