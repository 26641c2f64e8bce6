import type { Command } from 'commander';
import { loadConfig } from '#config';
import { READ_MODEL_PROJECTIONS, type Projection } from '#projections';
import { createLogger, openStorage, type Storage } from '#runtime';
import { rebuildProjections, type RebuildProgress } from '#projections';

/**
 * Rebuilds read models into a new generation while the old one keeps answering queries, and
 * switches over once caught up: for a changed projection, or to fold the events anew.
 */
export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('rebuild read models without downtime (all of them when none are named)')
    .argument('[projection...]', `read models to rebuild: ${READ_MODEL_PROJECTIONS.map((p) => p.name).join(', ')}`)
    .action(async (names: string[]) => {
      const projections = pickProjections(names);
      const config = loadConfig(process.env);
      const logger = createLogger(config.logLevel);
      const storage = await openStorage(config, logger);
      const progress = new ProgressLine(process.stderr);
      try {
        const result = await rebuildProjections(storage.sealedEventStore, storage.database, projections, {
          onProgress: (p) => progress.update(p),
          countEvents: eventCounter(storage),
        });
        progress.end();
        const rebuilt = result.projections.map((p) => `${p.name} (generation ${p.generation})`).join(', ');
        const seconds = (result.elapsedMs / 1000).toFixed(1);
        process.stdout.write(`Rebuilt ${rebuilt}: ${count(result.events)} events in ${seconds} s\n`);
      } finally {
        progress.end();
        await storage.close();
      }
    });
}

function pickProjections(names: readonly string[]): readonly Projection[] {
  if (names.length === 0) return READ_MODEL_PROJECTIONS;
  const known = READ_MODEL_PROJECTIONS.map((p) => p.name);
  const unknown = names.find((name) => !known.includes(name));
  if (unknown !== undefined) {
    throw new Error(`Unknown projection '${unknown}': use ${known.slice(0, -1).join(', ')} or ${known.at(-1)}`);
  }
  return READ_MODEL_PROJECTIONS.filter((p) => names.includes(p.name));
}

/** PostgreSQL counts its events cheaply; for another store the rebuild estimates the total. */
function eventCounter(storage: Storage): (() => Promise<number>) | undefined {
  if (storage.eventStoreAdapter !== 'postgres') return undefined;
  return async () => {
    const { rows } = await storage.database.query<{ events: string }>('SELECT count(*)::text AS events FROM es_events');
    return Number(rows[0]?.events ?? 0);
  };
}

/**
 * A progress bar redrawn in place on a terminal; elsewhere (a log, a pipe) a plain line every
 * few seconds, so the output stays readable.
 */
class ProgressLine {
  private lastWrite = 0;
  private pending: RebuildProgress | null = null;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(progress: RebuildProgress): void {
    this.pending = progress;
    const now = Date.now();
    if (now - this.lastWrite < (this.out.isTTY ? 100 : 3_000)) return;
    this.lastWrite = now;
    this.write(progress);
  }

  /** Shows the last progress, and ends the line. */
  end(): void {
    if (this.pending) this.write(this.pending);
    if (this.drawn && this.out.isTTY) this.out.write('\n');
    this.pending = null;
    this.drawn = false;
  }

  private write(progress: RebuildProgress): void {
    this.pending = null;
    const line = describe(progress);
    if (!this.out.isTTY) {
      this.out.write(`${line}\n`);
      return;
    }
    this.out.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }
}

function describe({ done, total, eventsPerSecond, etaMs }: RebuildProgress): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * 30);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}]`;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const eta = etaMs === null ? '--:--' : duration(etaMs);
  return `${bar} ${percent} ${count(done)}/${count(total)} events  ${count(eventsPerSecond)} events/s  ETA ${eta}`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
