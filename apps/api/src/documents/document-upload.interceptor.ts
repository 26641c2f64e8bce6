import {
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import type { DocumentVault } from '#documents';
import { RequestValidationError } from '../http/request-validation';
import { DOCUMENT_VAULT } from './documents.tokens';

/** The upload's file field; the other fields are plain form fields. */
export const DOCUMENT_FIELD = 'file';

/**
 * Reads one multipart upload into memory, refusing (413) a file beyond the vault's limit while
 * it streams in, so an oversized upload is never held whole. Multer is the multipart parser of
 * @nestjs/platform-express; its limit comes from configuration, so the interceptor builds it.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(@Inject(DOCUMENT_VAULT) vault: DocumentVault) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: vault.maxBytes, files: 1, fields: 20, fieldSize: 4096 },
    }).single(DOCUMENT_FIELD);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    await new Promise<void>((resolve, reject) => {
      this.upload(request, response, (error: unknown) => {
        if (error instanceof MulterError && error.code === 'LIMIT_FILE_SIZE') {
          reject(new PayloadTooLargeException('The document is larger than the limit of this service.'));
        } else if (error instanceof MulterError) {
          reject(new RequestValidationError([{ name: error.field ?? DOCUMENT_FIELD, reason: error.message }]));
        } else if (error) {
          // Anything else the parser meets is a body that is not the multipart it claims to be
          // (no boundary, a torn part, a wrong content type): the client's fault, not ours.
          const reason = error instanceof Error ? error.message : 'could not be read';
          reject(new RequestValidationError([{ name: DOCUMENT_FIELD, reason: `multipart/form-data body: ${reason}` }]));
        } else {
          resolve();
        }
      });
    });
    if (!request.file) {
      throw new RequestValidationError([{ name: DOCUMENT_FIELD, reason: 'must be a PDF, ODT or DOCX file' }]);
    }
    return next.handle();
  }
}
