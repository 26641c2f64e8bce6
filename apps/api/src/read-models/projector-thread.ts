import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { RunningProjector } from '#runtime';
import { STOP, STOPPED, type ProjectorWorkerData } from './projector-messages';

/** How long a dead projector thread stays down before it is started again. */
const RESTART_DELAY_MS = 1_000;

/**
 * Runs `startProjector` on a thread of its own inside the API process. On
 * the API's event loop every statement of a batch waits behind the requests in flight, so lag
 * grew with load (hundreds of milliseconds at the command rate the bench offers), and a long
 * catch-up batch held requests up. The thread has its own loop and its own connections; the
 * checkpoints in PostgreSQL stay the one truth, so a thread that dies loses nothing, and it is
 * started again.
 */
export class ProjectorThread implements RunningProjector {
  private worker: Worker | null = null;
  private stopping = false;
  private restart: NodeJS.Timeout | null = null;

  constructor(
    private readonly data: ProjectorWorkerData,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopping = false;
    const worker = new Worker(join(__dirname, 'projector.worker.js'), {
      workerData: this.data,
      // A batch is short-lived garbage: a small young generation keeps the thread's share of
      // the API's resident memory small, at the price of more (cheap) scavenges.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    worker.on('error', (error) => this.logger.error({ err: error.message }, 'projector thread failed'));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (this.stopping) return;
      this.logger.error({ code }, 'projector thread stopped; starting it again');
      this.restart = setTimeout(() => this.start(), RESTART_DELAY_MS);
    });
    this.worker = worker;
  }

  /** Stops the projector after the batch in flight, at a checkpoint, and ends the thread. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restart) clearTimeout(this.restart);
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.on('message', (message) => {
        if (message === STOPPED) resolve();
      });
      worker.once('exit', () => resolve());
      worker.postMessage(STOP);
    });
    await worker.terminate();
  }
}
