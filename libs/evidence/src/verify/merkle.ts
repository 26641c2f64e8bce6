import { createHash, hash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency, section 2.1), written out by hand so an
 * evaluator can read every step of the verifier: a leaf hashes as SHA-256(0x00 ‖ leaf), a node
 * as SHA-256(0x01 ‖ left ‖ right), and a tree of n > 1 leaves splits at the largest power of
 * two below n. The prefixes keep a leaf from passing for a node. See ADR 0030.
 */
const LEAF = Buffer.from([0]);

/** A node's input, written in place: `hash` is synchronous, so no two nodes ever share it. */
const NODE_INPUT = Buffer.alloc(65, 1);

/**
 * A digest asked for as a `binary` (latin1) string and copied into a pooled `Buffer`: asked for as a
 * `Buffer`, each digest was a buffer of its own, two to three times the cost of the hash of a
 * node (P7's checkpointer hashes about two per event).
 */
function sha256(input: Buffer | string): Buffer {
  return Buffer.from(hash('sha256', input, 'binary'), 'latin1');
}

/** SHA-256(0x00 ‖ leaf); a string's leading NUL is the byte 0x00 in UTF-8. */
export function leafHash(leaf: Buffer | string): Buffer {
  return sha256(typeof leaf === 'string' ? `\0${leaf}` : Buffer.concat([LEAF, leaf]));
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 33);
  return sha256(NODE_INPUT);
}

/** The root of a tree without leaves: the hash of nothing. */
export const EMPTY_ROOT = createHash('sha256').digest();

/** The largest power of two strictly below `n` (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The tree grown one leaf at a time, keeping only the roots of its full subtrees (largest
 * first), as a binary counter keeps its carries: the root of any size costs log n hashes.
 */
export class MerkleFrontier {
  private readonly subtrees: { level: number; hash: Buffer }[] = [];
  private count = 0;

  /** Appends a leaf hash; answers each full subtree the leaf completed, by level and index. */
  push(hash: Buffer): { level: number; index: number; hash: Buffer }[] {
    const completed = [{ level: 0, index: this.count, hash }];
    let top = { level: 0, hash };
    let index = this.count;
    this.count += 1;
    for (let last = this.subtrees.at(-1); last && last.level === top.level; last = this.subtrees.at(-1)) {
      this.subtrees.pop();
      top = { level: top.level + 1, hash: nodeHash(last.hash, top.hash) };
      index = Math.floor(index / 2);
      completed.push({ level: top.level, index, hash: top.hash });
    }
    this.subtrees.push(top);
    return completed;
  }

  get size(): number {
    return this.count;
  }

  /** RFC 6962's root: the full subtrees folded together from the right. */
  root(): Buffer {
    let root: Buffer | undefined;
    for (let i = this.subtrees.length - 1; i >= 0; i -= 1) {
      const subtree = this.subtrees[i] as { hash: Buffer };
      root = root ? nodeHash(subtree.hash, root) : subtree.hash;
    }
    return root ?? EMPTY_ROOT;
  }

  /** The full subtrees' hashes, largest first: enough to carry on growing the tree later. */
  hashes(): Buffer[] {
    return this.subtrees.map((s) => s.hash);
  }

  /** A frontier for a tree of `size` leaves from its full subtrees' hashes, largest first. */
  static restore(size: number, hashes: readonly Buffer[]): MerkleFrontier {
    const frontier = new MerkleFrontier();
    const levels: number[] = [];
    for (let level = 52; level >= 0; level -= 1) if (Math.floor(size / 2 ** level) % 2 === 1) levels.push(level);
    if (levels.length !== hashes.length) throw new Error(`a tree of ${size} leaves has ${levels.length} full subtrees`);
    levels.forEach((level, i) => frontier.subtrees.push({ level, hash: hashes[i] as Buffer }));
    frontier.count = size;
    return frontier;
  }
}

/** The hash of the full subtree at `level` (2^level leaves) with this index. */
export type FullSubtree = (level: number, index: number) => Buffer;

/** MTH(D[start:end]) of RFC 6962 from full subtrees; `start` is aligned as RFC 6962's splits leave it. */
export function subtreeHash(start: number, end: number, full: FullSubtree): Buffer {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  const level = Math.log2(n);
  if (Number.isInteger(level) && start % n === 0) return full(level, start / n);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(start, start + k, full), subtreeHash(start + k, end, full));
}

/** RFC 6962's audit path for leaf `index` in the tree of the first `size` leaves. */
export function inclusionProof(index: number, size: number, full: FullSubtree): Buffer[] {
  const path = (m: number, start: number, end: number): Buffer[] => {
    const n = end - start;
    if (n <= 1) return [];
    const k = splitPoint(n);
    return m < start + k
      ? [...path(m, start, start + k), subtreeHash(start + k, end, full)]
      : [...path(m, start + k, end), subtreeHash(start, start + k, full)];
  };
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  return path(index, 0, size);
}

/** Whether `proof` shows the leaf at `index` in the tree of `size` leaves with this root (RFC 9162, 2.1.3.2). */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Buffer,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let hash = leaf;
  for (const sibling of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hash.equals(root);
}
