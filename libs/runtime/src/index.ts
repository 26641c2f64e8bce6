export {
  openStorage,
  connectEventStore,
  type Storage,
  type EventStoreAdapter,
  type ConnectedEventStore,
} from './storage';
export { createLogger } from './create-logger';
export { createTokenVerifier } from './token-verifier';
