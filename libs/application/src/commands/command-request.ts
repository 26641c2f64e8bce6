import type { Principal } from '../authorization/principal';

/** A command as the HTTP layer hands it over: validated data plus who, when and how. */
export interface CommandRequest<TData> {
  readonly data: TData;
  readonly principal: Principal;
  /** RFC 3339 instant at which the request arrived. */
  readonly now: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** From `If-Match`: the stream revision the caller last saw. */
  readonly expectedRevision?: number;
  /** From `Idempotency-Key`: a retry with the same key answers the first result. */
  readonly idempotencyKey?: string;
}

export interface CommandResult {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: bigint;
  /** True when the command started the stream (HTTP 201). */
  readonly created: boolean;
}
