export {
  openStorage,
  connectProjectorStorage,
  type Storage,
  type EventStoreAdapter,
  type ProjectorStorageAddress,
} from './storage';
export { startProjector, type ProjectorStorage, type RunningProjector } from './start-projector';
export { createLogger } from './create-logger';
export { createTokenVerifier } from './token-verifier';
