import { createHash } from 'node:crypto';
import { SubtreeLevels } from '../export/subtree-levels';
import { EMPTY_ROOT, inclusionProof, leafHash, MerkleFrontier, nodeHash, subtreeHash, verifyInclusion } from './merkle';

/** RFC 6962's MTH written as the RFC states it, to hold the incremental version to. */
function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0] as Buffer;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

function grown(size: number): { frontier: MerkleFrontier; levels: SubtreeLevels; leaves: Buffer[] } {
  const frontier = new MerkleFrontier();
  const levels = new SubtreeLevels();
  const leaves = Array.from({ length: size }, (_, i) => leafHash(`event ${i}`));
  for (const leaf of leaves) for (const node of frontier.push(leaf)) levels.add(node.level, node.index, node.hash);
  return { frontier, levels, leaves };
}

describe('the RFC 6962 Merkle tree', () => {
  it('hashes a leaf as SHA-256 of 0x00 and its UTF-8 bytes, given as text or as bytes', () => {
    // RFC 6962's hash of the empty leaf, as Certificate Transparency logs publish it.
    expect(leafHash('').toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    for (const leaf of ['{"a":1}', 'één 😀', 'half a pair \ud800']) {
      const expected = createHash('sha256')
        .update(Buffer.from([0]))
        .update(leaf, 'utf8')
        .digest();
      expect(leafHash(leaf)).toEqual(expected);
      expect(leafHash(Buffer.from(leaf, 'utf8'))).toEqual(expected);
    }
  });

  it('hashes a node as SHA-256 of 0x01, left and right, each answer its own', () => {
    const pairs = [0, 1, 2].map((i) => [leafHash(`left ${i}`), leafHash(`right ${i}`)] as const);
    const nodes = pairs.map(([left, right]) => nodeHash(left, right));
    pairs.forEach(([left, right], i) => {
      const expected = createHash('sha256')
        .update(Buffer.from([1]))
        .update(left)
        .update(right)
        .digest();
      expect(nodes[i]).toEqual(expected);
    });
  });

  it('keeps a leaf from passing for a node by their prefixes', () => {
    const a = leafHash('a');
    const b = leafHash('b');
    expect(leafHash(Buffer.concat([a, b]))).not.toEqual(nodeHash(a, b));
  });

  it('gives the RFC root for every size up to 40, grown one leaf at a time', () => {
    for (let size = 0; size <= 40; size += 1) {
      const { frontier, levels, leaves } = grown(size);
      expect(frontier.root()).toEqual(referenceRoot(leaves));
      expect(subtreeHash(0, size, levels.full)).toEqual(size === 0 ? EMPTY_ROOT : referenceRoot(leaves));
    }
  });

  it('restores a frontier from its full subtrees and grows on to the same root', () => {
    const { frontier } = grown(13);
    const restored = MerkleFrontier.restore(13, frontier.hashes());
    const extra = leafHash('event 13');
    frontier.push(extra);
    restored.push(extra);
    expect(restored.root()).toEqual(frontier.root());
  });

  it('proves every leaf in every earlier tree, and no other leaf with that proof', () => {
    const { levels, leaves } = grown(21);
    for (let size = 1; size <= 21; size += 1) {
      const root = referenceRoot(leaves.slice(0, size));
      for (let index = 0; index < size; index += 1) {
        const proof = inclusionProof(index, size, levels.full);
        expect(verifyInclusion(index, size, leaves[index] as Buffer, proof, root)).toBe(true);
        const other = leaves[(index + 1) % size] as Buffer;
        if (size > 1) expect(verifyInclusion(index, size, other, proof, root)).toBe(false);
      }
    }
  });

  it('refuses a proof with a changed step or for a leaf outside the tree', () => {
    const { levels, leaves } = grown(9);
    const root = referenceRoot(leaves);
    const proof = inclusionProof(4, 9, levels.full);
    const changed = [...proof.slice(0, -1), leafHash('forged')];
    expect(verifyInclusion(4, 9, leaves[4] as Buffer, changed, root)).toBe(false);
    expect(verifyInclusion(9, 9, leaves[4] as Buffer, proof, root)).toBe(false);
  });
});
