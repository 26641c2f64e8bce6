import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { BlobStore } from './blob-store';

/** Where `DOCUMENT_STORE_URL` points: an S3-compatible endpoint and a bucket. */
export interface S3Location {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/**
 * `http(s)://[key:secret@]host[:port]/bucket[?region=…]`. Credentials in the URL are for
 * S3-compatible servers on the same network; without them the SDK's own chain finds them.
 */
export function s3LocationOf(url: string): S3Location {
  const parsed = new URL(url);
  const bucket = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  if (!/^https?:$/.test(parsed.protocol) || bucket === '' || bucket.includes('/')) {
    throw new Error('DOCUMENT_STORE_URL must be http(s)://[key:secret@]host[:port]/bucket');
  }
  const credentials =
    parsed.username === ''
      ? undefined
      : { accessKeyId: decodeURIComponent(parsed.username), secretAccessKey: decodeURIComponent(parsed.password) };
  return {
    endpoint: `${parsed.protocol}//${parsed.host}`,
    bucket,
    region: parsed.searchParams.get('region') ?? 'us-east-1',
    ...(credentials ? { credentials } : {}),
  };
}

/**
 * Bytes in an S3-compatible object store, for deployments whose documents outgrow the
 * database. Path-style addressing, which every S3-compatible server understands.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private bucketReady: Promise<void> | undefined;

  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: true,
      ...(location.credentials ? { credentials: location.credentials } : {}),
    });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.ensureBucket();
    await this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: bytes }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: key }));
      if (!answer.Body) return null;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }

  /** The bucket is made on first use when it is missing, so a fresh server needs no setup. */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.makeBucket().catch((error: unknown) => {
      this.bucketReady = undefined;
      throw error;
    });
    return this.bucketReady;
  }

  private async makeBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
    } catch {
      await this.client.send(new CreateBucketCommand({ Bucket: this.location.bucket }));
    }
  }
}
