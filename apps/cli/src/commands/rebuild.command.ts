import type { Command } from 'commander';
import { loadConfig } from '#config';
import { READ_MODEL_PROJECTIONS, type Projection } from '#projections';
import { createLogger, openStorage } from '#runtime';
import { rebuildProjections } from '#projections';
import { count, ProgressLine } from '../progress-line';

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
      const progress = new ProgressLine(process.stderr, 'events');
      const startedAt = Date.now();
      try {
        const result = await rebuildProjections(storage.sealedEventStore, storage.readModelDatabase, projections, {
          onProgress: ({ done, total }) => progress.update({ done, total, startedAt }),
          // PostgreSQL counts its events cheaply; for another store the rebuild estimates the total.
          ...(storage.countEvents ? { countEvents: storage.countEvents } : {}),
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
