import { open, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every forgotten person's id, kept outside the database and its backups (ADR 33). A restored
 * backup still holds the keys of people forgotten after it was taken; each start replays this
 * ledger and destroys those keys again before anything is served, so nobody forgotten comes
 * back. It holds ids only, never a name: the id is what the key table is keyed by.
 */
export class ErasureLedger {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'forgotten.jsonl');
  }

  /** Appends the id and waits for the disk, so a forget that returns is on record. */
  async record(personId: string, at: Date = new Date()): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify({ personId, forgottenAt: at.toISOString() })}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Each id once, in the order first forgotten; a torn last line (a crash mid-write) is skipped. */
  async forgottenIds(): Promise<string[]> {
    const content = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const ids = new Set<string>();
    for (const line of content.split('\n')) {
      const id = parsedId(line);
      if (id !== null) ids.add(id);
    }
    return [...ids];
  }
}

function parsedId(line: string): string | null {
  if (!line.trim()) return null;
  try {
    const entry = JSON.parse(line) as { personId?: unknown };
    return typeof entry.personId === 'string' ? entry.personId : null;
  } catch {
    return null;
  }
}
