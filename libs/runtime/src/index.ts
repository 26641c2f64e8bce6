export {
  openStorage,
  connectProjectorStorage,
  type Storage,
  type EventStoreAdapter,
  type ProjectorStorageAddress,
} from './storage';
export {
  startProjector,
  startNotificationsBeside,
  type ProjectorStorage,
  type RunningProjector,
  type StartedProjector,
} from './start-projector';
export { createLogger } from './create-logger';
export {
  TransactionCounterBehindError,
  StoreBehindCheckpointError,
  FolderCheckpointSource,
  type LatestCheckpoint,
  type LatestCheckpointSource,
} from './startup-checks';
export { createTokenVerifier } from './token-verifier';
