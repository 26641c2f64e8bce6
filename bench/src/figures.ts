import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Machine } from './machine';

/** One measured figure beside its baseline from the same run, as `bench/results/<date>.json` holds it. */
export interface Figure {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: number;
  readonly baselineName: string;
  /** value / baseline. */
  readonly ratio: number;
  readonly target: string;
  /** Null for a figure kept beside others for comparison, with no target of its own. */
  readonly met: boolean | null;
  /** Further measurements behind the figure (percentiles, steps, sizes). */
  readonly details?: Record<string, unknown>;
}

export interface Results {
  readonly mode: 'quick' | 'full';
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly machine: Machine;
  readonly settings: unknown;
  readonly figures: readonly Figure[];
}

export function ratio(value: number, baseline: number): number {
  return baseline > 0 ? round(value / baseline, 3) : Number.NaN;
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A plain-text table of the figures, one line each. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['id', 'figure', 'value', 'baseline', 'ratio', 'target', 'met'];
  const rows = figures.map((f) => [
    f.id,
    f.name,
    `${f.value} ${f.unit}`,
    `${f.baseline} (${f.baselineName})`,
    String(f.ratio),
    f.target,
    f.met === null ? '-' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export async function writeResults(directory: string, results: Results): Promise<string> {
  await mkdir(directory, { recursive: true });
  const stamp = results.startedAt.replace(/:/g, '-').replace(/\..*$/, 'Z');
  const file = join(directory, `${stamp}${results.mode === 'quick' ? '-quick' : ''}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
