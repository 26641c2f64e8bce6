/** One document on record with the event that attached it (its `DocumentAttached`). */
export interface RegisteredDocument {
  readonly sha256: string;
  readonly kind: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly attachedAt: string;
  /** The global position of the attaching event, as a decimal string (JSON has no bigint). */
  readonly position: string;
  /** Sealed documents may describe persons: only roles that see personal data read them. */
  readonly sealed: boolean;
  readonly municipalityCode?: string;
  readonly proposalRef?: string;
  readonly sessionId?: string;
  readonly consultationId?: string;
}

/** The documents of one owning stream (an advice trajectory, a temporary table or a participation body). */
export interface DocumentRegisterDoc {
  readonly streamId: string;
  readonly owner: 'advice-trajectory' | 'temporary-table' | 'participation-body';
  readonly ownerId: string;
  /** The municipalities the stream belongs to, from its first event (as the audit trail scopes it). */
  readonly municipalities: readonly string[];
  readonly documents: readonly RegisteredDocument[];
}
