import type { AllStreamResolvedEvent, JSONType } from '@kurrent/kurrentdb-client';
import type { EventMetadata, EventToAppend } from '../event-envelope';

/** Fixed fixtures for the specs of this folder: what the port appends and what the client reads. */

export const METADATA: EventMetadata = {
  occurredAt: '2026-11-23T10:00:00.000+01:00',
  actor: { id: 'user-1', role: 'secretary' },
  municipalityCode: 'GM0375',
  correlationId: '6d1f3a52-2b8e-4c71-9f0a-1e2d3c4b5a69',
  causationId: '7e2a4b63-3c9f-4d82-8a1b-2f3e4d5c6b7a',
  schemaVersion: 1,
};

export const ADVICE_ISSUED: EventToAppend = {
  eventId: '0b5f0c5e-6f53-4c2e-9a57-5a1e7c0d2f11',
  type: 'AdviceIssued',
  data: { summary: 'Meer inloopspreekuren' },
  metadata: METADATA,
};

export const SIGNAL_RECORDED: EventToAppend = {
  eventId: '1c6a1d6f-7a64-4d3f-8b68-6b2f8d1e3a22',
  type: 'SignalRecorded',
  data: { theme: 'schuldhulp' },
  metadata: METADATA,
};

export const CREATED = new Date('2026-11-23T09:00:00.123Z');

export interface StoredEvent {
  readonly id?: string;
  readonly streamId?: string;
  readonly revision?: bigint;
  readonly type?: string;
  readonly commit: bigint;
  /** Defaults to the commit position, as for every event written through gRPC. */
  readonly prepare?: bigint;
  readonly data?: JSONType;
  readonly metadata?: JSONType | Uint8Array;
  readonly isJson?: boolean;
}

/** An event as the client reads it from `$all` (or from a stream, on servers from 22.6 on). */
export function storedEvent(stored: StoredEvent): AllStreamResolvedEvent {
  const position = { commit: stored.commit, prepare: stored.prepare ?? stored.commit };
  const common = {
    streamId: stored.streamId ?? 'advice-trajectory-4f1e',
    id: stored.id ?? ADVICE_ISSUED.eventId,
    revision: stored.revision ?? 0n,
    type: stored.type ?? ADVICE_ISSUED.type,
    created: CREATED,
    position,
  };
  const event: AllStreamResolvedEvent['event'] =
    stored.isJson === false
      ? { ...common, isJson: false, data: new Uint8Array([1, 2, 3]), metadata: stored.metadata }
      : {
          ...common,
          isJson: true,
          data: stored.data ?? (ADVICE_ISSUED.data as JSONType),
          metadata: stored.metadata ?? (METADATA as unknown as JSONType),
        };
  return { event, commitPosition: stored.commit };
}

/** A link event as the server's projections write them to `$ce-…` and `$et-…` streams: binary, `$>`. */
export function linkEvent(commit: bigint): AllStreamResolvedEvent {
  return storedEvent({
    commit,
    streamId: '$ce-advice',
    type: '$>',
    isJson: false,
    metadata: new Uint8Array([123, 125]),
  });
}
