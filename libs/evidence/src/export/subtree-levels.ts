import type { FullSubtree } from '../verify';

const HASH = 32;

/**
 * Every full subtree's hash, level by level, in one growing buffer per level: a million events
 * take some 64 MB, where a million small buffers would take several times that.
 */
export class SubtreeLevels {
  private readonly levels: { bytes: Buffer; count: number }[] = [];

  add(level: number, index: number, hash: Buffer): void {
    const row = (this.levels[level] ??= { bytes: Buffer.alloc(HASH * 1_024), count: 0 });
    if (index !== row.count) throw new Error(`subtree ${level}:${index} arrived out of order`);
    if ((index + 1) * HASH > row.bytes.length) {
      const grown = Buffer.alloc(row.bytes.length * 2);
      row.bytes.copy(grown);
      row.bytes = grown;
    }
    hash.copy(row.bytes, index * HASH);
    row.count += 1;
  }

  readonly full: FullSubtree = (level, index) => {
    const row = this.levels[level];
    if (!row || index >= row.count) throw new Error(`no subtree ${level}:${index}`);
    return row.bytes.subarray(index * HASH, (index + 1) * HASH);
  };
}
