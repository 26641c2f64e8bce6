import { fileTypeFromBuffer } from 'file-type';

/** The formats a document may have: what councils and colleges send, and what archives keep. */
export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[keyof typeof DOCUMENT_MEDIA_TYPES];

const ALLOWED: ReadonlySet<string> = new Set(Object.values(DOCUMENT_MEDIA_TYPES));

/**
 * The media type the bytes themselves show, or `undefined` when they are none of the allowed
 * formats. The file name and the client's Content-Type are never asked: a renamed executable
 * stays an executable. `file-type` reads the magic number, and for the two zip formats the
 * zip's own entries (ODT's `mimetype`, DOCX's `[Content_Types].xml` and `word/` part).
 */
export async function mediaTypeOf(bytes: Uint8Array): Promise<DocumentMediaType | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected && ALLOWED.has(detected.mime) ? (detected.mime as DocumentMediaType) : undefined;
}
