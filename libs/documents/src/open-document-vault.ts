import type { Pool } from 'pg';
import type { PersonKeyStore } from '#privacy';
import { DEFAULT_MAX_DOCUMENT_BYTES, DocumentVault } from './document-vault';
import type { BlobStore } from './stores/blob-store';
import { PostgresBlobStore } from './stores/postgres-blob-store';
import { S3BlobStore, s3LocationOf } from './stores/s3-blob-store';

export interface DocumentVaultOptions {
  /** The catalogue's database (and the bytes', without `documentStoreUrl`), migrated. */
  readonly database: Pool;
  readonly personKeys: PersonKeyStore;
  /** An S3-compatible bucket for the bytes; PostgreSQL keeps them when absent. */
  readonly documentStoreUrl?: string | undefined;
  readonly maxBytes?: number | undefined;
}

/** The vault on the configured store; `close` lets go of what it opened. */
export function openDocumentVault(options: DocumentVaultOptions): { vault: DocumentVault; close(): void } {
  const s3 = options.documentStoreUrl ? new S3BlobStore(s3LocationOf(options.documentStoreUrl)) : undefined;
  const blobs: BlobStore = s3 ?? new PostgresBlobStore(options.database);
  const vault = new DocumentVault(
    options.database,
    blobs,
    options.personKeys,
    options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
  );
  return { vault, close: () => s3?.close() };
}
