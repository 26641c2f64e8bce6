import type { LogLevel } from '#config';
import type { ProjectorStorageAddress } from '#runtime';

/** What the API process hands its projector thread: where storage is, once it is prepared. */
export interface ProjectorWorkerData extends ProjectorStorageAddress {
  readonly logLevel: LogLevel;
}

/** Asks the projector thread to stop at a checkpoint. */
export const STOP = 'stop';
/** The projector thread's answer once it has stopped. */
export const STOPPED = 'stopped';
