export { CryptoShreddingEventStore, revealPersonalData } from './crypto-shredding-event-store';
export { PersonKeyStore, type PersonKeys } from './person-key-store';
export { migratePrivacy } from './migrate-privacy';
export * from './access-log';
export { encryptValue, decryptValue, newPersonKey } from './personal-data-cipher';
export { isPlainPersonalData, isSealedPersonalData, mapJson } from './personal-data-walk';
