import type { Response } from 'express';
import type { ReadableDocument } from './readable-documents';

/** The document formats that are kept, and the extension each is downloaded with. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Sends the bytes as a download named for their hash; a sealed document is never cached along the way. */
export function sendDocument(response: Response, sha256: string, content: ReadableDocument): void {
  const extension = DOCUMENT_EXTENSIONS[content.mediaType] ?? 'bin';
  response
    .status(200)
    .type(content.mediaType)
    .setHeader('Content-Disposition', `attachment; filename="${sha256}.${extension}"`)
    .setHeader('Cache-Control', content.sealed ? 'private, no-store' : 'public, max-age=31536000, immutable')
    .send(content.bytes);
}
