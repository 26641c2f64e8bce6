/** Global position in `$all`. Grows in the order in which readers receive events. */
export type GlobalPosition = bigint;

/** Zero-based revision of the last event in a stream (the first event has revision 0). */
export type StreamRevision = number;

/** Who caused an event: a pseudonymous user id and the role they acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** Everything about an event that is not its business content. */
export interface EventMetadata {
  /** When the command that caused the event was received, RFC 3339 with time zone. */
  readonly occurredAt: string;
  readonly actor: Actor;
  /** CBS code of the tenant (`GM0375`); absent for events that span no single municipality. */
  readonly municipalityCode?: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** Version of the event's `data` shape; upcasters translate older versions on read. */
  readonly schemaVersion: number;
  /**
   * The event's link in its stream's hash chain, added by the audit-chain decorator on append
   * (ADR 0010); absent on events recorded before the chain existed.
   */
  readonly auditChain?: AuditChainLink;
}

/** Hashes that make a stream tamper-evident: see `audit/audit-chain.ts`. */
export interface AuditChainLink {
  /** Version of the hashing rules, so they can change without breaking older links. */
  readonly version: 1;
  /** Link hash of the stream's previous event; `null` for the first event of a stream. */
  readonly previousHash: string | null;
  /** SHA-256 (hex) of this event's immutable content, including `previousHash`. */
  readonly contentHash: string;
}

/** An event as a writer hands it to the store. */
export interface EventToAppend<TType extends string = string, TData = unknown> {
  /** UUID; appending an event whose id is already stored is idempotent. */
  readonly eventId: string;
  readonly type: TType;
  readonly data: TData;
  readonly metadata: EventMetadata;
}

/** An event as the store recorded it. */
export interface RecordedEvent<TType extends string = string, TData = unknown> extends EventToAppend<TType, TData> {
  readonly streamId: string;
  readonly streamRevision: StreamRevision;
  readonly position: GlobalPosition;
  readonly recordedAt: Date;
}
