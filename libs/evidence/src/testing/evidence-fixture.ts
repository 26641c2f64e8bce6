import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditChainEventStore, type EventStore, type EventToAppend } from '#event-store';
import { FolderCheckpointSink } from '../checkpoint-sink';
import { KeyObjectSigner } from '../signer';

/** A signer with a fresh key and a checkpoint folder of its own, removed by `cleanUp`. */
export async function evidenceParts(): Promise<{
  signer: KeyObjectSigner;
  sink: FolderCheckpointSink;
  dir: string;
  cleanUp(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'evidence-'));
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    signer: new KeyObjectSigner(privateKey),
    sink: new FolderCheckpointSink(join(dir, 'sink')),
    dir,
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An event of the kind the application appends: data and the metadata every event carries. */
export function someEvent(
  type: string,
  data: Record<string, unknown>,
  occurredAt = '2026-11-02T09:00:00+01:00',
): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      occurredAt,
      actor: { id: 'user-1', role: 'body-member' },
      municipalityCode: 'GM0375',
      correlationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

/**
 * Three streams written through the audit chain, as the application writes them: `signal-a`
 * (4 events, one append each), then `signal-b` (3) and `signal-c` (2), interleaved.
 */
export async function appendSignals(store: EventStore, prefix = ''): Promise<void> {
  const chained = new AuditChainEventStore(store);
  const a = `${prefix}signal-a`;
  const b = `${prefix}signal-b`;
  const c = `${prefix}signal-c`;
  await chained.appendToStream(a, [someEvent('SignalReceived', { summary: 'Traplift' })]);
  await chained.appendToStream(a, [someEvent('SignalAssessed', { scope: 'individual' })]);
  await chained.appendToStream(a, [someEvent('SignalReferred', { referredTo: 'Wmo-loket' })]);
  await chained.appendToStream(a, [someEvent('SignalClosed', { outcome: 'Geplaatst' })]);
  await chained.appendToStream(b, [someEvent('SignalReceived', { summary: 'Vervoer' })]);
  await chained.appendToStream(c, [someEvent('SignalReceived', { summary: 'Schuldhulp' })]);
  await chained.appendToStream(b, [someEvent('SignalAssessed', { scope: 'collective' })]);
  await chained.appendToStream(c, [someEvent('SignalAssessed', { scope: 'individual' })]);
  await chained.appendToStream(b, [someEvent('SignalClosed', { outcome: 'Beleid aangepast' })]);
}
