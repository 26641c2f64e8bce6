import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';

/** Linux's clock ticks per second for `/proc/.../stat` (`getconf CLK_TCK`; 100 on every common kernel). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) of a task as `/proc/<task>/stat` counts it, or `null` off Linux
 * or once the task has gone. Read synchronously: `thread-self` read on libuv's pool would be
 * a pool thread. The command name (field 2) may hold spaces, so the fields are counted after
 * its closing parenthesis.
 */
export function cpuMsOf(task: string): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${task}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are the 14th and 15th fields, the 12th and 13th after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time (ms) of the PostgreSQL backends serving connections named `applicationName`, by
 * backend pid: the database's share of a client's cost, which the client's own time leaves out.
 * Reading it opens a connection of the pool, so call it before and after, not during, the work.
 */
export async function backendCpuMs(database: Pool, applicationName: string): Promise<Map<number, number>> {
  const { rows } = await database.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  const times = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMsOf(String(pid));
    if (ms !== null) times.set(pid, ms);
  }
  return times;
}

/** CPU ms the backends used between two readings; a backend first seen in `after` counts whole. */
export function backendCpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}
