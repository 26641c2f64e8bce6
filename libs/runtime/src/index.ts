export {
  openStorage,
  connectProjectorStorage,
  type Storage,
  type EventStoreAdapter,
  type ProjectorStorageAddress,
} from './storage';
export { startProjector, type ProjectorStorage, type RunningProjector, type StartedProjector } from './start-projector';
export { createLogger } from './create-logger';
export { createTokenVerifier } from './token-verifier';
