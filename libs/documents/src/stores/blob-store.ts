/**
 * Where a document's bytes live, by key (the SHA-256 of the document, hex). A put of a key that
 * exists changes nothing: the same key always names the same bytes.
 */
export interface BlobStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes as stored, or `null` when there are none under the key. */
  get(key: string): Promise<Buffer | null>;
}
