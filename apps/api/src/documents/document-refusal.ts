import {
  ConflictException,
  HttpException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { DocumentRefusedError, type DocumentRefusal } from '#documents';
import { RequestValidationError } from '../http/request-validation';

/** The vault's refusal as the HTTP answer the contract gives it; anything else passes unchanged. */
export function asHttpRefusal(error: unknown): unknown {
  if (!(error instanceof DocumentRefusedError)) return error;
  return httpRefusals[error.reason](error.message);
}

const httpRefusals: Readonly<Record<DocumentRefusal, (message: string) => HttpException>> = {
  empty: (message) => new RequestValidationError([{ name: 'file', reason: message }]),
  'too-large': (message) => new PayloadTooLargeException(message),
  'unsupported-type': (message) => new UnsupportedMediaTypeException(message),
  'about-forgotten-person': (message) => new ConflictException(message),
};
