import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../../http/request-validation';

/** A document's name in a path: a hex SHA-256 (lower case, as the events record it). */
@Injectable()
export class DocumentHashPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const hash = value.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      throw new RequestValidationError([{ name: 'sha256', reason: 'must be a SHA-256 in hex (64 characters)' }]);
    }
    return hash;
  }
}
