import { START, type AllStreamResolvedEvent, type ReadPosition, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { GlobalPosition } from '../event-envelope';

/** What the server sends (as an unsigned 64-bit -1) when it has no position to report. */
export const UNKNOWN_POSITION = 2n ** 64n - 1n;

/**
 * Where a forward read of `$all` must start to deliver the events strictly after `after`.
 *
 * The server reads from a position inclusively, so the read starts at the checkpoint event
 * itself (`{ commit, prepare }` both at its commit position, which is where an event written
 * through gRPC begins in the log) and {@link isStrictlyAfter} drops it again. Without a
 * checkpoint, or with a negative one, the read starts at the beginning of `$all`.
 */
export function toReadPosition(after: GlobalPosition | undefined): ReadPosition {
  if (after === undefined || after < 0n) return START;
  return { commit: after, prepare: after };
}

/** The strictly-after rule of `readAll` and `subscribeToAll`: the checkpoint itself is not delivered again. */
export function isStrictlyAfter(position: GlobalPosition, after: GlobalPosition | undefined): boolean {
  return after === undefined || position > after;
}

/**
 * The commit position of a read event, or `undefined` when the server did not report one
 * (stream reads on servers before 22.6 report none, or the unsigned -1).
 */
export function commitPositionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): GlobalPosition | undefined {
  return knownPosition(resolved.event?.position?.commit ?? resolved.commitPosition);
}

/**
 * The commit position an append answered, or `undefined` when it answered none: servers
 * answer an idempotent (already written) append without a position, or with -1.
 */
export function writtenCommitPosition(written: {
  readonly position?: { readonly commit: bigint };
}): GlobalPosition | undefined {
  return knownPosition(written.position?.commit);
}

function knownPosition(commit: bigint | undefined): GlobalPosition | undefined {
  if (commit === undefined || commit < 0n || commit >= UNKNOWN_POSITION) return undefined;
  return commit;
}
