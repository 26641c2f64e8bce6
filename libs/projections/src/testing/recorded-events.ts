import type { Actor, RecordedEvent } from '#event-store';

export interface StreamOfEvents {
  readonly streamId: string;
  /** When each event occurred (and was recorded), unless the event names its own time. */
  readonly at: string;
  readonly actor: Actor;
  /** Fields every event of the stream carries in its data, such as the stream's own id. */
  readonly data?: object;
  /** Position of the stream's first event; a spec with several streams keeps them apart. */
  readonly firstPosition?: bigint;
}

/**
 * Builds the recorded events of one stream for a projection spec, in order: consecutive
 * revisions and positions, and event ids that follow from the position, never random.
 */
export function recordedEvents<TType extends string = string>(
  stream: StreamOfEvents,
): (type: TType, data: object, at?: string) => RecordedEvent<TType> {
  let position = stream.firstPosition ?? 101n;
  let revision = 0;
  return (type, data, at = stream.at) => {
    const event: RecordedEvent<TType> = {
      eventId: `c0a80101-0000-4000-8000-${String(position).padStart(12, '0')}`,
      type,
      data: { ...stream.data, ...data },
      metadata: { occurredAt: at, actor: stream.actor, correlationId: 'c', schemaVersion: 1 },
      streamId: stream.streamId,
      streamRevision: revision,
      position,
      recordedAt: new Date(at),
    };
    position += 1n;
    revision += 1;
    return event;
  };
}
