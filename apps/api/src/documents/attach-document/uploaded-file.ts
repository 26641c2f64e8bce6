import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';

/** The file the upload interceptor read; its name kept as the client gave it (multer reads it as latin1). */
export function uploadedFile(request: AuthenticatedRequest): Express.Multer.File {
  const { file } = request as AuthenticatedRequest & { file?: Express.Multer.File };
  if (!file) throw new RequestValidationError([{ name: 'file', reason: 'must be a PDF, ODT or DOCX file' }]);
  return { ...file, originalname: Buffer.from(file.originalname, 'latin1').toString('utf8') };
}
