import type { Pool } from 'pg';
import type { BlobStore } from './blob-store';

/** Bytes in PostgreSQL (`bytea`): the embedded default, backed up with everything else. */
export class PostgresBlobStore implements BlobStore {
  constructor(private readonly pool: Pool) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.pool.query('INSERT INTO document_blobs (key, bytes) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
      key,
      bytes,
    ]);
  }

  async get(key: string): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM document_blobs WHERE key = $1', [key]);
    return rows[0]?.bytes ?? null;
  }
}
