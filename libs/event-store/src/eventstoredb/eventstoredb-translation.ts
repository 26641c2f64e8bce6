import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type JSONType,
  type RecordedEvent as ClientRecordedEvent,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventMetadata, EventToAppend, GlobalPosition, RecordedEvent, StreamRevision } from '../event-envelope';
import type { ExpectedRevision } from '../expected-revision';
import { commitPositionOf } from './eventstoredb-positions';

/**
 * An event as the client appends it: our event id becomes the server's event id, so the
 * server recognises a repeated append; data and metadata are stored as JSON.
 */
export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: event.metadata as unknown as JSONType,
  });
}

/** Our expected revision as the client's stream state. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** A server revision as ours; revisions beyond 2^53 cannot be a JavaScript number. */
export function toStreamRevision(revision: bigint): StreamRevision {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Stream revision ${revision} is not a revision this adapter can represent`);
  }
  return Number(revision);
}

/**
 * The actual state a refused append reports, as our `actual`: `null` when the stream does
 * not exist. Deleted and tombstoned streams are reported with negative numbers; for a writer
 * they are no stream either.
 */
export function toActualRevision(actual: CurrentStreamState): StreamRevision | null {
  if (actual === NO_STREAM || actual < 0n) return null;
  return toStreamRevision(actual);
}

/**
 * A read event as ours, or `undefined` for a read result that carries no event. Throws for
 * an event this adapter cannot have written (not JSON, no JSON metadata, no position).
 */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const { event } = resolved;
  if (!event) return undefined;
  const position = commitPositionOf(resolved);
  if (position === undefined) {
    throw new Error(
      `The server reported no commit position for event ${event.id} in ${event.streamId}; ` +
        'stream reads carry positions from EventStoreDB 22.6 on',
    );
  }
  return fromRecordedEvent(event, position);
}

/** A recorded client event, at the given commit position, as ours. */
export function fromRecordedEvent(event: ClientRecordedEvent, position: GlobalPosition): RecordedEvent {
  if (!event.isJson || !isJsonObject(event.metadata)) {
    throw new Error(
      `Event ${event.id} in ${event.streamId} is not a JSON event with JSON metadata, so it was not written through this port`,
    );
  }
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
    streamId: event.streamId,
    streamRevision: toStreamRevision(event.revision),
    position,
    recordedAt: event.created,
  };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
