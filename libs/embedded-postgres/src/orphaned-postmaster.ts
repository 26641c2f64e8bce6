import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A server left running by a process that was killed outright still holds the data
 * directory. Stop it (fast shutdown keeps the data consistent) so this start can proceed.
 * Only called once `claimDataDir` established that no live process owns the directory.
 */
export async function stopOrphanedPostmaster(dataDir: string, timeoutMs = 15_000): Promise<boolean> {
  const pid = await postmasterPid(dataDir);
  if (pid === null || !isPostgresProcess(pid, await commandLine(pid))) return false;
  process.kill(pid, 'SIGINT');
  await waitForExit(pid, dataDir, timeoutMs);
  return true;
}

/** Resolves once no server runs on the data directory any more. */
export async function waitForPostmasterExit(dataDir: string, timeoutMs = 15_000): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid !== null) await waitForExit(pid, dataDir, timeoutMs);
}

async function waitForExit(pid: number, dataDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) in ${dataDir} did not stop`);
    await sleep(50);
  }
}

async function postmasterPid(dataDir: string): Promise<number | null> {
  const content = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(content?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

async function commandLine(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
}

function isPostgresProcess(pid: number, cmdline: string): boolean {
  return pid !== process.pid && cmdline.includes('postgres');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Immediate shutdown, skipping the shutdown checkpoint: only for clusters thrown away after. */
export async function stopPostmasterImmediately(dataDir: string, timeoutMs = 60_000): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid === null) return;
  process.kill(pid, 'SIGQUIT');
  await waitForExit(pid, dataDir, timeoutMs);
}
