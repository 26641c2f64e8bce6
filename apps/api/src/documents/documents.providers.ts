import type { Provider } from '@nestjs/common';
import { openDocumentVault } from '#documents';
import type { Storage } from '#runtime';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { DOCUMENT_VAULT } from './documents.tokens';
import { ReadableDocuments } from './get-document/readable-documents';

/** Where documents go: `DOCUMENT_STORE_URL` and the size limit (libs/config); PostgreSQL when absent. */
export interface DocumentsConfig {
  readonly storeUrl?: string | undefined;
  readonly maxBytes?: number | undefined;
}

/** The vault on the process's storage, the upload interceptor that reads its limit, and who may read what. */
export function documentProviders(storage: Storage, config: DocumentsConfig = {}): Provider[] {
  const { vault } = openDocumentVault({
    database: storage.database,
    personKeys: storage.personKeys,
    documentStoreUrl: config.storeUrl,
    maxBytes: config.maxBytes,
  });
  return [{ provide: DOCUMENT_VAULT, useValue: vault }, DocumentUploadInterceptor, ReadableDocuments];
}
