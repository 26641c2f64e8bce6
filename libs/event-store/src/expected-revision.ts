import type { StreamRevision } from './event-envelope';

/**
 * Optimistic concurrency for an append:
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: the stream must exist, at any revision;
 * - `any`: no check;
 * - a number: the stream's last event must have exactly this revision.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | StreamRevision;

export function describeExpectedRevision(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}
