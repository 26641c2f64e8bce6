import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { AppendSignal, EventStore } from '#event-store';
import { activeGenerations, ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';

/** What the projector reads and where it writes; an open `Storage` is one. */
export interface ProjectorStorage {
  /** The events as stored, personal data sealed: no read model ever holds a plain name. */
  readonly sealedEventStore: EventStore;
  /** PostgreSQL, where the read models and their checkpoints live. */
  readonly database: Pool;
  /** Word of committed appends, where the adapter has it: the runner wakes on it. */
  readonly appendSignal?: AppendSignal;
}

/** A running projector. */
export interface RunningProjector {
  /** Stops after the batch in flight, at a checkpoint, and logs where each read model stopped. */
  stop(): Promise<void>;
}

const NAMES = READ_MODEL_PROJECTIONS.map((p) => p.name);

/**
 * Starts keeping every read model up to date from `$all`, the same way in every process role:
 * the API's projector thread, `ROLE=projector`, and tests that run the API in-process. A failed
 * batch is logged by its kind and retried from the checkpoint.
 */
export function startProjector(storage: ProjectorStorage, logger: Logger): RunningProjector {
  const runner = new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
    ...(storage.appendSignal ? { appended: storage.appendSignal } : {}),
    // The logger's error serializer keeps what finds the cause and drops quoted row values.
    onError: (error) => logger.warn({ err: error }, 'projection batch failed'),
  });
  runner.start();
  logger.info({ projections: NAMES }, 'projecting');
  return {
    stop: async () => {
      await runner.stop();
      await logCheckpoints(logger, storage.database);
    },
  };
}

/** Logs where each read model stopped, so an operator can see a stop left them at a checkpoint. */
async function logCheckpoints(logger: Logger, database: Pool): Promise<void> {
  try {
    const generations = await activeGenerations(database, READ_MODEL_PROJECTIONS);
    const checkpoints = Object.fromEntries(generations.map((g) => [g.projection, g.position.toString()]));
    logger.info({ checkpoints }, 'projections stopped at a checkpoint');
  } catch {
    // The database may be what is going away; the checkpoint is safe in it either way.
    logger.info('projections stopped');
  }
}
