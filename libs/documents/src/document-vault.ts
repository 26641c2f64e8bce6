import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { PersonKeyStore } from '#privacy';
import { DocumentRefusedError } from './document-refused';
import { sealDocument, unsealDocument } from './document-sealing';
import { mediaTypeOf, type DocumentMediaType } from './media-type';
import type { BlobStore } from './stores/blob-store';

/** 20 MB: a long report with pictures; more is a sign of scans that belong elsewhere. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface StoredDocument {
  readonly sha256: string;
  readonly mediaType: DocumentMediaType;
  readonly size: number;
}

/** What the store can say of a document's bytes against the hash the event records. */
export type DocumentIntegrity = 'intact' | 'altered' | 'missing' | 'erased';

export type DocumentContent =
  | { readonly status: 'readable'; readonly bytes: Buffer; readonly mediaType: string; readonly sealed: boolean }
  | { readonly status: 'erased' }
  | { readonly status: 'unknown' };

export interface SealFor {
  /** The persons the document is about; forgetting any of them erases it. */
  readonly concerns: readonly string[];
}

interface CatalogueRow {
  readonly media_type: string;
  readonly size: number;
  readonly key_layers: string[] | null;
  readonly wrapped_key: string | null;
}

/** The id under which a sealed document's own key is kept among the person keys. */
export function documentKeyId(sha256: string): string {
  return `document-${sha256}`;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Documents by the SHA-256 of their bytes: the catalogue in PostgreSQL, the bytes in a
 * {@link BlobStore}. The hash is the name, so an event that records it vouches for the
 * document, and bytes that no longer hash to their name are found out. A document that may
 * hold personal data is sealed (see `sealDocument`) under its own key and those of the persons
 * it concerns, which live in the person-key store: forgetting one of them erases it.
 */
export class DocumentVault {
  constructor(
    private readonly catalogue: Pool,
    private readonly blobs: BlobStore,
    private readonly personKeys: PersonKeyStore,
    readonly maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES,
  ) {}

  /**
   * Checks and keeps the bytes; the same bytes stored twice are kept once, as first stored.
   * Throws {@link DocumentRefusedError} for an empty, oversized or unsupported file.
   */
  async store(bytes: Buffer, seal?: SealFor): Promise<StoredDocument> {
    const stored = await this.inspect(bytes);
    const { sha256, mediaType } = stored;
    if (await this.catalogued(sha256)) return stored;
    if (!seal) {
      await this.blobs.put(sha256, bytes);
      await this.catalogue.query(
        'INSERT INTO documents (sha256, media_type, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING',
        [sha256, mediaType, bytes.length],
      );
      return stored;
    }
    const layers = [documentKeyId(sha256), ...[...new Set(seal.concerns)].sort()];
    const keys = await this.personKeys.keysFor(layers);
    const forgotten = layers.filter((id) => !keys.get(id));
    if (forgotten.length > 0) {
      throw new DocumentRefusedError('about-forgotten-person', 'A document about a forgotten person cannot be kept.');
    }
    const { ciphertext, wrappedKey } = sealDocument(bytes, sha256, layers, keys);
    await this.blobs.put(sha256, ciphertext);
    await this.catalogue.query(
      `INSERT INTO documents (sha256, media_type, size, key_layers, wrapped_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sha256) DO NOTHING`,
      [sha256, mediaType, bytes.length, layers, wrappedKey],
    );
    return stored;
  }

  /**
   * What storing the bytes would record, without keeping them: their hash, type and size.
   * Throws {@link DocumentRefusedError} for an empty, oversized or unsupported file.
   */
  async inspect(bytes: Buffer): Promise<StoredDocument> {
    if (bytes.length === 0) throw new DocumentRefusedError('empty', 'The file is empty.');
    if (bytes.length > this.maxBytes) {
      throw new DocumentRefusedError('too-large', `A document may be at most ${this.maxBytes} bytes.`);
    }
    const mediaType = await mediaTypeOf(bytes);
    if (!mediaType) {
      throw new DocumentRefusedError('unsupported-type', 'Only PDF, ODT and DOCX documents are accepted.');
    }
    return { sha256: sha256Of(bytes), mediaType, size: bytes.length };
  }

  /** The document's bytes if they still hash to its name, `erased` once a key is gone. */
  async read(sha256: string): Promise<DocumentContent> {
    const row = await this.row(sha256);
    if (!row) return { status: 'unknown' };
    const opened = await this.open(sha256, row).catch(() => {
      // A sealed document whose ciphertext was changed fails its authentication tag.
      throw new DocumentAlteredError(sha256);
    });
    if (opened === 'erased') return { status: 'erased' };
    if (opened === null || sha256Of(opened) !== sha256) throw new DocumentAlteredError(sha256);
    return { status: 'readable', bytes: opened, mediaType: row.media_type, sealed: row.key_layers !== null };
  }

  /** Whether the stored bytes still hash to `sha256`: the audit trail asks this of each document. */
  async integrityOf(sha256: string): Promise<DocumentIntegrity> {
    const row = await this.row(sha256);
    if (!row) return 'missing';
    try {
      const opened = await this.open(sha256, row);
      if (opened === 'erased') return 'erased';
      if (opened === null) return 'missing';
      return sha256Of(opened) === sha256 ? 'intact' : 'altered';
    } catch {
      // A sealed document whose ciphertext was changed fails its authentication tag.
      return 'altered';
    }
  }

  private async open(sha256: string, row: CatalogueRow): Promise<Buffer | null | 'erased'> {
    if (row.key_layers === null || row.wrapped_key === null) return this.blobs.get(sha256);
    const keys = await this.personKeys.existingKeys(row.key_layers);
    if (row.key_layers.some((id) => !keys.get(id))) return 'erased';
    const ciphertext = await this.blobs.get(sha256);
    if (ciphertext === null) return null;
    return unsealDocument({ ciphertext, wrappedKey: row.wrapped_key }, sha256, row.key_layers, keys);
  }

  private async catalogued(sha256: string): Promise<boolean> {
    return (await this.row(sha256)) !== null;
  }

  private async row(sha256: string): Promise<CatalogueRow | null> {
    const { rows } = await this.catalogue.query<CatalogueRow>(
      'SELECT media_type, size, key_layers, wrapped_key FROM documents WHERE sha256 = $1',
      [sha256],
    );
    return rows[0] ?? null;
  }
}

/** Bytes under a document's name that no longer hash to it: never served as the document. */
export class DocumentAlteredError extends Error {
  constructor(readonly sha256: string) {
    super(`The stored bytes of document ${sha256} do not match its hash.`);
    this.name = 'DocumentAlteredError';
  }
}
