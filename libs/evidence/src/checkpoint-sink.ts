import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SignedCheckpoint } from './verify';

/**
 * Where signed checkpoints go: somewhere the database (and whoever controls it) cannot change.
 * The embedded default is a folder of files; production points this at object storage with
 * retention (write once, read many).
 */
export interface CheckpointSink {
  write(checkpoint: SignedCheckpoint): Promise<void>;
  /** Every checkpoint written, by tree size. */
  all(): Promise<SignedCheckpoint[]>;
  /** The one with the largest tree, `null` before the first. */
  latest(): Promise<SignedCheckpoint | null>;
}

/** One file per checkpoint, never overwritten. */
export class FolderCheckpointSink implements CheckpointSink {
  constructor(private readonly folder: string) {}

  async write(signed: SignedCheckpoint): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, fileNameOf(signed)), `${JSON.stringify(signed, null, 2)}\n`, { flag: 'wx' });
  }

  async all(): Promise<SignedCheckpoint[]> {
    const signed = await Promise.all((await this.names()).map((name) => this.read(name)));
    return signed.sort((a, b) => a.checkpoint.treeSize - b.checkpoint.treeSize);
  }

  async latest(): Promise<SignedCheckpoint | null> {
    const last = (await this.names()).at(-1);
    return last === undefined ? null : this.read(last);
  }

  /** File names sort by tree size (see {@link fileNameOf}). */
  private async names(): Promise<string[]> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names.filter((name) => name.startsWith('checkpoint-') && name.endsWith('.json')).sort();
  }

  private async read(name: string): Promise<SignedCheckpoint> {
    return JSON.parse(await readFile(join(this.folder, name), 'utf8')) as SignedCheckpoint;
  }
}

/** Sorts by tree size as text: zero-padded, so a listing reads in order. */
export function fileNameOf({ checkpoint }: SignedCheckpoint): string {
  return `checkpoint-${String(checkpoint.treeSize).padStart(12, '0')}-${checkpoint.time.replace(/[:.]/g, '')}.json`;
}
