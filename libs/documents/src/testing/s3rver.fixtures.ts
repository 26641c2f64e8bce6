import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** An S3-compatible server of our own for one test file: a free port, a temporary directory. */
export interface RunningS3 {
  /** `DOCUMENT_STORE_URL` for a bucket on it (made on first use). */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startS3rver(bucket = 'documents'): Promise<RunningS3> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    // s3rver's fixed development credentials.
    url: `http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}`,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
