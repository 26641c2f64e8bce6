export { CryptoShreddingEventStore, revealPersonalData } from './crypto-shredding-event-store';
export { PersonKeyStore, type PersonKeys, type PersonKeyStoreOptions } from './person-key-store';
export {
  MasterKeyWrapper,
  loadMasterKey,
  PersonKeyUnwrapError,
  PLAIN_KEY_BYTES,
  type PersonKeyWrapper,
} from './person-key-wrapping';
export { ErasureLedger } from './erasure-ledger';
export { migratePrivacy } from './migrate-privacy';
export * from './access-log';
export { encryptValue, decryptValue, newPersonKey } from './personal-data-cipher';
export { isPlainPersonalData, isSealedPersonalData, mapJson } from './personal-data-walk';
