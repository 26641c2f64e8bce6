import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventStore, GlobalPosition } from '#event-store';
import { fileNameOf, type CheckpointSink } from '../checkpoint-sink';
import { leafBytesOf } from '../evidence-event';
import type { Signer } from '../signer';
import { EXPORT_FILES, inclusionProof, leafHash, MerkleFrontier, type InclusionProofRecord } from '../verify';
import { SubtreeLevels } from './subtree-levels';

export interface ExportEvidenceOptions {
  /** Inclusion proofs for the last event of at most this many streams (the latest active); default 10,000. */
  readonly maxProofs?: number;
  /** Events read per batch; default 1,000. */
  readonly batchSize?: number;
  readonly onProgress?: (events: number) => void;
}

export interface EvidenceExport {
  readonly events: number;
  readonly checkpoints: number;
  readonly proofs: number;
}

/**
 * Writes the evidence folder an evaluator verifies: every event in global order, read through
 * the event store port alone (so it works on either adapter), the signed checkpoints as the sink
 * holds them, the public key, and inclusion proofs of each stream's last event in the last
 * checkpoint. Nothing comes from the evidence tables: the export is as good as the store.
 */
export async function exportEvidence(
  store: EventStore,
  parts: { readonly sink: CheckpointSink; readonly signer: Signer },
  dir: string,
  options: ExportEvidenceOptions = {},
): Promise<EvidenceExport> {
  const checkpoints = await parts.sink.all();
  await mkdir(join(dir, EXPORT_FILES.checkpoints), { recursive: true });
  for (const signed of checkpoints) {
    await writeFile(join(dir, EXPORT_FILES.checkpoints, fileNameOf(signed)), `${JSON.stringify(signed, null, 2)}\n`);
  }
  await writeFile(join(dir, EXPORT_FILES.publicKey), await parts.signer.publicKeyPem());
  const last = checkpoints.at(-1)?.checkpoint;
  const tree = await writeEvents(store, join(dir, EXPORT_FILES.events), last?.treeSize ?? 0, options);
  const proofs = last ? proofsOfStreamHeads(tree, last.treeSize, options.maxProofs ?? 10_000) : [];
  await writeFile(join(dir, EXPORT_FILES.proofs), proofs.map((p) => `${JSON.stringify(p)}\n`).join(''));
  return { events: tree.events, checkpoints: checkpoints.length, proofs: proofs.length };
}

interface ExportedTree {
  readonly events: number;
  readonly levels: SubtreeLevels;
  /** Each stream's last event within the checkpointed part: leaf index and revision. */
  readonly heads: Map<string, { leafIndex: number; revision: number }>;
}

async function writeEvents(
  store: EventStore,
  path: string,
  checkpointed: number,
  options: ExportEvidenceOptions,
): Promise<ExportedTree> {
  const out = createWriteStream(path);
  const frontier = new MerkleFrontier();
  const levels = new SubtreeLevels();
  const heads = new Map<string, { leafIndex: number; revision: number }>();
  let after: GlobalPosition | undefined;
  try {
    for (;;) {
      const batch = await store.readAll({
        ...(after === undefined ? {} : { after }),
        maxCount: options.batchSize ?? 1_000,
      });
      if (batch.length === 0) break;
      let text = '';
      for (const event of batch) {
        if (frontier.size < checkpointed)
          heads.set(event.streamId, { leafIndex: frontier.size, revision: event.streamRevision });
        // The line is the leaf's bytes, so the verifier hashes what it reads without rewriting it.
        const bytes = leafBytesOf(event);
        for (const node of frontier.push(leafHash(bytes))) levels.add(node.level, node.index, node.hash);
        text += `${bytes}\n`;
      }
      if (!out.write(text)) await once(out, 'drain');
      after = (batch.at(-1) as { position: GlobalPosition }).position;
      options.onProgress?.(frontier.size);
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { events: frontier.size, levels, heads };
}

function proofsOfStreamHeads(tree: ExportedTree, treeSize: number, maxProofs: number): InclusionProofRecord[] {
  if (tree.events < treeSize) return [];
  return [...tree.heads.entries()]
    .sort(([, a], [, b]) => b.leafIndex - a.leafIndex)
    .slice(0, maxProofs)
    .map(([streamId, { leafIndex, revision }]) => ({
      leafIndex,
      treeSize,
      streamId,
      revision,
      path: inclusionProof(leafIndex, treeSize, tree.levels.full).map((hash) => hash.toString('hex')),
    }));
}
