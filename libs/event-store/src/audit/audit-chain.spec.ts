import { createHash } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '../event-envelope';
import { chainEvents, chainLinkOf, contentHashOf, linkHashOf } from './audit-chain';

const metadata = {
  occurredAt: '2026-11-23T10:00:00.000+01:00',
  actor: { id: 'user-1', role: 'secretary' },
  correlationId: '5b0b2f3e-0000-4000-8000-000000000001',
  schemaVersion: 1,
};
const event = (n: number, data: unknown = { n }): EventToAppend => ({
  eventId: `5b0b2f3e-0000-4000-8000-00000000000${n}`,
  type: 'SignalRecorded',
  data,
  metadata,
});
const recorded = (e: EventToAppend, streamRevision: number): RecordedEvent => ({
  ...e,
  streamId: 'signal-1',
  streamRevision,
  position: BigInt(100 + streamRevision),
  recordedAt: new Date('2026-11-23T09:00:00Z'),
});

describe('the audit chain', () => {
  it('hashes the canonical JSON of stream, revision, id, type, data, metadata and predecessor', () => {
    const text =
      '{"data":{"n":1},"eventId":"5b0b2f3e-0000-4000-8000-000000000001",' +
      '"metadata":{"actor":{"id":"user-1","role":"secretary"},"correlationId":"5b0b2f3e-0000-4000-8000-000000000001",' +
      '"occurredAt":"2026-11-23T10:00:00.000+01:00","schemaVersion":1},"previousHash":null,' +
      '"streamId":"signal-1","streamRevision":0,"type":"SignalRecorded","version":1}';
    const expected = createHash('sha256').update(text).digest('hex');
    expect(contentHashOf({ ...event(1), streamId: 'signal-1', streamRevision: 0 }, null)).toBe(expected);
  });

  it('links each event of an append to the one before it, the first to the given predecessor', () => {
    const previous = 'a'.repeat(64);
    const [first, second] = chainEvents('signal-1', [event(1), event(2)], 4, previous);
    expect(first?.metadata.auditChain).toEqual({
      version: 1,
      previousHash: previous,
      contentHash: contentHashOf({ ...event(1), streamId: 'signal-1', streamRevision: 4 }, previous),
    });
    expect(second?.metadata.auditChain?.previousHash).toBe(first?.metadata.auditChain?.contentHash);
  });

  it('gives a different hash for any change of content, place or predecessor', () => {
    const base = { ...event(1), streamId: 'signal-1', streamRevision: 0 };
    const hash = contentHashOf(base, null);
    expect(contentHashOf({ ...base, data: { n: 2 } }, null)).not.toBe(hash);
    expect(contentHashOf({ ...base, type: 'SignalClosed' }, null)).not.toBe(hash);
    expect(contentHashOf({ ...base, metadata: { ...metadata, schemaVersion: 2 } }, null)).not.toBe(hash);
    expect(contentHashOf({ ...base, streamRevision: 1 }, null)).not.toBe(hash);
    expect(contentHashOf({ ...base, streamId: 'signal-2' }, null)).not.toBe(hash);
    expect(contentHashOf(base, 'b'.repeat(64))).not.toBe(hash);
  });

  it('ignores what the hash cannot cover: key order, the id case, and a link the event already had', () => {
    const base = { ...event(1, { a: 1, b: 2 }), streamId: 'signal-1', streamRevision: 0 };
    const hash = contentHashOf(base, null);
    expect(contentHashOf({ ...base, data: { b: 2, a: 1 } }, null)).toBe(hash);
    expect(contentHashOf({ ...base, eventId: base.eventId.toUpperCase() }, null)).toBe(hash);
    const [rechained] = chainEvents('signal-1', chainEvents('signal-1', [base], 0, null), 0, null);
    expect(rechained?.metadata.auditChain?.contentHash).toBe(hash);
  });

  it('reads a link, tells an event without one, and refuses a malformed one', () => {
    const [chained] = chainEvents('signal-1', [event(1)], 0, null);
    expect(chainLinkOf(recorded(chained as EventToAppend, 0))).toEqual(chained?.metadata.auditChain);
    expect(chainLinkOf(recorded(event(1), 0))).toBeUndefined();
    const malformed = { ...event(1), metadata: { ...metadata, auditChain: { version: 1, contentHash: 'x' } } };
    expect(chainLinkOf(recorded(malformed as EventToAppend, 0))).toBe('malformed');
  });

  it('links an older, unchained event by the hash it would have had', () => {
    const older = recorded(event(1), 0);
    expect(linkHashOf(older, null)).toBe(contentHashOf(older, null));
    const [chained] = chainEvents('signal-1', [event(2)], 1, linkHashOf(older, null));
    const link = chainLinkOf(recorded(chained as EventToAppend, 1));
    expect(linkHashOf(recorded(chained as EventToAppend, 1), 'ignored')).toBe(
      typeof link === 'object' ? link.contentHash : '',
    );
  });
});
