import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { FILE_FIELD } from './upload-form';

/** The file a form posted, its name as the browser gave it. */
export interface PostedFile {
  readonly bytes: Buffer;
  readonly fileName: string;
}

export type MultipartBody =
  { readonly status: 'read'; readonly file: PostedFile | undefined } | { readonly status: 'too-large' | 'broken' };

/**
 * Reads a multipart form (the page's urlencoded parser leaves it alone) into `request.body` and
 * one file in memory, refusing a file beyond `maxBytes` while it streams in, as the API does.
 * The CSRF token is a field of this body, so it can only be checked after this ran.
 */
export function readMultipart(request: Request, response: Response, maxBytes: number): Promise<MultipartBody> {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 20_000 },
  }).single(FILE_FIELD);
  return new Promise((resolve) => {
    upload(request, response, (error: unknown) => {
      if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
        resolve({ status: 'too-large' });
      } else if (error) {
        resolve({ status: 'broken' });
      } else {
        const { file } = request as Request & { file?: Express.Multer.File };
        // Multer reads the name as latin1; the browser sent UTF-8.
        const fileName = file && Buffer.from(file.originalname, 'latin1').toString('utf8');
        resolve({ status: 'read', file: file && fileName ? { bytes: file.buffer, fileName } : undefined });
      }
    });
  });
}
