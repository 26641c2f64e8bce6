import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import type { Storage } from '#runtime';
import { STORAGE } from '../storage.tokens';
import { LOGGER } from './read-model.tokens';

/**
 * Runs the read models inside the API process (the default), folding the sealed events so
 * no read model ever holds plain personal data. Stops at a checkpoint on shutdown.
 */
@Injectable()
export class ProjectionRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly runner: ProjectionRunner;

  constructor(@Inject(STORAGE) storage: Storage, @Inject(LOGGER) logger: Logger) {
    this.runner = new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
      onError: (error) =>
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'projection batch failed'),
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
