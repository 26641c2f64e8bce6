import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { activeGenerations, READ_MODEL_PROJECTIONS } from '#projections';

/** Logs where each read model stopped, so an operator can see a stop left them at a checkpoint. */
export async function logCheckpoints(logger: Logger, pool: Pool): Promise<void> {
  try {
    const generations = await activeGenerations(
      pool,
      READ_MODEL_PROJECTIONS.map((p) => p.name),
    );
    const checkpoints = Object.fromEntries(generations.map((g) => [g.projection, g.position.toString()]));
    logger.info({ checkpoints }, 'projections stopped at a checkpoint');
  } catch {
    // The database may be what is going away; the checkpoint is safe in it either way.
    logger.info('projections stopped');
  }
}
