import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OWNER_FILE = 'embedded-postgres.owner';

/** The embedded server's data directory is in use by another live process. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded PostgreSQL in ${dataDir} is in use by process ${pid} (is the service running?). ` +
        'Stop that process first, or set DATABASE_URL to share a PostgreSQL server.',
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Claims the data directory for this process. A server left by a process that died may be
 * stopped and reused; one whose owner still lives belongs to that owner and is left alone.
 */
export async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, OWNER_FILE);
  const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
    throw new DataDirInUseError(dataDir, owner);
  }
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
