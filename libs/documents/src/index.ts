export {
  DocumentVault,
  DocumentAlteredError,
  DEFAULT_MAX_DOCUMENT_BYTES,
  documentKeyId,
  sha256Of,
  type DocumentContent,
  type DocumentIntegrity,
  type SealFor,
  type StoredDocument,
} from './document-vault';
export { DocumentWalks } from './document-walks';
export { DocumentRefusedError, type DocumentRefusal } from './document-refused';
export { DOCUMENT_MEDIA_TYPES, mediaTypeOf, type DocumentMediaType } from './media-type';
export { migrateDocuments } from './migrate-documents';
export { openDocumentVault, type DocumentVaultOptions } from './open-document-vault';
export type { BlobStore } from './stores/blob-store';
export { PostgresBlobStore } from './stores/postgres-blob-store';
export { S3BlobStore, s3LocationOf, type S3Location } from './stores/s3-blob-store';
