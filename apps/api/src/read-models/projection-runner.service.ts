import { Inject, Injectable, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ProcessRole } from '#config';
import { ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import type { Storage } from '#runtime';
import { logCheckpoints } from '../lifecycle/checkpoints';
import { STORAGE } from '../storage.tokens';
import { LOGGER } from './read-model.tokens';

/** Nest injection token for the process's `ROLE`; absent means `api`. */
export const PROCESS_ROLE = Symbol('ProcessRole');

/**
 * Runs the read models inside the API process (the default), folding the sealed events so
 * no read model ever holds plain personal data. Stops at a checkpoint on shutdown. With
 * `ROLE=api-only` it does not start: a projector process elsewhere keeps the read models.
 */
@Injectable()
export class ProjectionRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly runner: ProjectionRunner;

  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(PROCESS_ROLE) private readonly role: ProcessRole = 'api',
  ) {
    this.runner = new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
      ...(storage.appendSignal ? { appended: storage.appendSignal } : {}),
      onError: (error) =>
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'projection batch failed'),
    });
  }

  onApplicationBootstrap(): void {
    if (this.role === 'api') this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.role !== 'api') return;
    await this.runner.stop();
    await logCheckpoints(this.logger, this.storage.database);
  }
}
