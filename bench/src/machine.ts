import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchServer } from './bench-server';

export interface Machine {
  readonly cores: number;
  readonly memoryGiB: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly postgres: string;
  readonly postgresSettings: Record<string, string>;
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd?: readonly number[];
  readonly note: string;
}

export async function describeMachine(server: BenchServer, note: string): Promise<Machine> {
  const settings = ['fsync', 'synchronous_commit', 'wal_level', 'shared_buffers', 'max_connections'];
  const values = await Promise.all(settings.map((s) => server.setting(s)));
  return {
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres: await server.setting('server_version'),
    postgresSettings: Object.fromEntries(settings.map((s, i) => [s, values[i] ?? 'unknown'])),
    loadAverageAtStart: loadavg().map(round2),
    note,
  };
}

export function withEndLoad(machine: Machine): Machine {
  return { ...machine, loadAverageAtEnd: loadavg().map(round2) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
