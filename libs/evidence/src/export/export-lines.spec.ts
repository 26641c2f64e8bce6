import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InMemoryEventStore } from '#event-store/testing';
import { evidenceEventOf } from '../evidence-event';
import { appendSignals, evidenceParts } from '../testing/evidence-fixture';
import { checkpointBytes, EXPORT_FILES, leafBytes, MerkleFrontier, verifyEvidence, eventLeafHash } from '../verify';
import { exportEvidence } from './export-evidence';

/** An export of nine events with a checkpoint signed over all of them, made without a database. */
async function exported(): Promise<{ dir: string; store: InMemoryEventStore; cleanUp(): Promise<void> }> {
  const store = new InMemoryEventStore();
  await appendSignals(store);
  const parts = await evidenceParts();
  const events = await store.readAll({ maxCount: 100 });
  const frontier = new MerkleFrontier();
  for (const event of events) frontier.push(eventLeafHash(evidenceEventOf(event)));
  const checkpoint = {
    version: 1 as const,
    treeSize: frontier.size,
    rootHash: frontier.root().toString('hex'),
    lastPosition: events.at(-1)?.position.toString() ?? null,
    time: '2026-12-07T12:00:00.000Z',
  };
  const signature = (await parts.signer.sign(checkpointBytes(checkpoint))).toString('base64');
  await parts.sink.write({ checkpoint, signature });
  const dir = join(parts.dir, 'export');
  await exportEvidence(store, parts, dir);
  return { dir, store, cleanUp: parts.cleanUp };
}

describe('the exported events', () => {
  it('are written one a line as exactly the bytes each leaf hashes, and verify', async () => {
    const { dir, store, cleanUp } = await exported();
    try {
      const lines = (await readFile(join(dir, EXPORT_FILES.events), 'utf8')).trimEnd().split('\n');
      const events = await store.readAll({ maxCount: 100 });
      expect(lines).toEqual(events.map((event) => leafBytes(evidenceEventOf(event))));
      expect((await verifyEvidence(dir)).problems).toEqual([]);
    } finally {
      await cleanUp();
    }
  });

  it('do not verify once a line says the same event in other bytes', async () => {
    const { dir, cleanUp } = await exported();
    try {
      const path = join(dir, EXPORT_FILES.events);
      const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
      // The same members in another order: an equal value, but not the bytes that were signed.
      const event = JSON.parse(lines[4] as string) as Record<string, unknown>;
      lines[4] = JSON.stringify(Object.fromEntries(Object.entries(event).reverse()));
      await writeFile(path, `${lines.join('\n')}\n`);
      expect((await verifyEvidence(dir)).problems).toContainEqual(
        expect.stringContaining('do not give the root signed in the checkpoint of'),
      );
    } finally {
      await cleanUp();
    }
  });

  it('verify as written before lines were the leaf bytes: one JSON object each, in any order', async () => {
    const { dir, store, cleanUp } = await exported();
    try {
      const events = await store.readAll({ maxCount: 100 });
      const lines = events.map((event) => JSON.stringify(evidenceEventOf(event)));
      await writeFile(join(dir, EXPORT_FILES.events), `${lines.join('\n')}\n`);
      expect((await verifyEvidence(dir)).problems).toEqual([]);
    } finally {
      await cleanUp();
    }
  });
});
