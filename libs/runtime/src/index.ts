export { openStorage, type Storage, type EventStoreAdapter } from './storage';
export { createLogger } from './create-logger';
export { createTokenVerifier } from './token-verifier';
