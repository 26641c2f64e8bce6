import { Gauge } from 'prom-client';
import type { ProjectionStatus } from '#projections';
import type { Metrics } from './metrics';

/**
 * Gauges read from the generation table at scrape time, so they also show what a projector
 * or a CLI rebuild in another process is doing. Each gauge awaits the same cached reading.
 */
export function registerProjectionMetrics(metrics: Metrics, current: () => Promise<ProjectionStatus>): void {
  const registers = [metrics.registry];
  // Gauges are collected concurrently: each asks for the reading, none relies on another.
  const reading = (): Promise<ProjectionStatus | null> => current().catch(() => null);
  new Gauge({
    name: 'participation_projection_status_up',
    help: '1 when the event store head and the projection checkpoints could be read for this scrape, else 0.',
    registers,
    async collect() {
      this.set((await reading()) ? 1 : 0);
    },
  });
  const gauge = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    fill: (gauge: Gauge<L>, status: ProjectionStatus) => void,
  ): void => {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        const status = await reading();
        this.reset();
        if (status) fill(this, status);
      },
    });
  };

  gauge('participation_event_store_head_position', 'Position of the last event in the store.', [], (g, s) => {
    if (s.head !== null) g.set(Number(s.head));
  });
  gauge(
    'participation_projection_checkpoint_position',
    'Position of the last event each read model (its active generation) has folded in.',
    ['projection'],
    (g, s) => s.active.forEach((p) => g.set({ projection: p.projection }, Number(p.checkpoint))),
  );
  gauge(
    'participation_projection_lag_positions',
    'Head position minus checkpoint per read model (a distance in positions, not events).',
    ['projection'],
    (g, s) => s.active.forEach((p) => g.set({ projection: p.projection }, Number(p.lagPositions))),
  );
  gauge(
    'participation_projection_lag_events',
    'Events in the store a read model has not folded yet, counted up to 10000.',
    ['projection'],
    (g, s) => s.active.forEach((p) => g.set({ projection: p.projection }, p.lagEvents)),
  );
  gauge(
    'participation_rebuild_running',
    '1 while a rebuild (in any process on this database) holds the rebuild lock.',
    [],
    (g, s) => g.set(s.rebuildRunning ? 1 : 0),
  );
  gauge(
    'participation_rebuild_progress_ratio',
    "Estimated share of the store a rebuild's new generation has folded, per read model (0 to 1).",
    ['projection', 'generation'],
    (g, s) => s.rebuilding.forEach((p) => g.set(labelsOf(p), p.progress)),
  );
  gauge(
    'participation_rebuild_lag_events',
    "Events a rebuild's new generation has still to fold, counted up to 10000.",
    ['projection', 'generation'],
    (g, s) => s.rebuilding.forEach((p) => g.set(labelsOf(p), p.lagEvents)),
  );
}

function labelsOf(p: { projection: string; generation: number }): { projection: string; generation: string } {
  return { projection: p.projection, generation: String(p.generation) };
}
