import { link, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
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

/**
 * One file per checkpoint, never overwritten, whole and on disk once written: the database
 * records the checkpoint right after (its pages show it), so a crash must not leave a recorded
 * checkpoint the folder lost, nor a torn file that no start could read.
 */
export class FolderCheckpointSink implements CheckpointSink {
  constructor(private readonly folder: string) {}

  async write(signed: SignedCheckpoint): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const name = join(this.folder, fileNameOf(signed));
    const draft = join(this.folder, `.draft-${fileNameOf(signed)}`);
    await writeDurably(draft, `${JSON.stringify(signed, null, 2)}\n`);
    try {
      // A link, unlike a rename, fails where the name is taken: a checkpoint is never replaced.
      await link(draft, name);
    } finally {
      await unlink(draft);
    }
    await syncFolder(this.folder);
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

/** Writes a new file and waits for the disk; a draft left by a crash is written over. */
async function writeDurably(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w', 0o644);
  try {
    await handle.writeFile(content);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Waits for the disk to hold the folder's entries: a new name is on disk only then. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Sorts by tree size as text: zero-padded, so a listing reads in order. */
export function fileNameOf({ checkpoint }: SignedCheckpoint): string {
  return `checkpoint-${String(checkpoint.treeSize).padStart(12, '0')}-${checkpoint.time.replace(/[:.]/g, '')}.json`;
}
