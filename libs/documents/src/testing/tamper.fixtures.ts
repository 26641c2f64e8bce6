import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Pool } from 'pg';
import { s3LocationOf } from '../stores/s3-blob-store';

/** Overwrites a document's stored bytes behind the vault's back, as an intruder with storage access would. */
export async function tamperWithStoredBytes(
  where: { readonly database: Pool; readonly documentStoreUrl?: string | undefined },
  sha256: string,
  bytes: Buffer,
): Promise<void> {
  if (!where.documentStoreUrl) {
    await where.database.query('UPDATE document_blobs SET bytes = $2 WHERE key = $1', [sha256, bytes]);
    return;
  }
  const location = s3LocationOf(where.documentStoreUrl);
  const client = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    ...(location.credentials ? { credentials: location.credentials } : {}),
  });
  try {
    await client.send(new PutObjectCommand({ Bucket: location.bucket, Key: sha256, Body: bytes }));
  } finally {
    client.destroy();
  }
}
