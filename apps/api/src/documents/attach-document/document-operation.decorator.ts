import { applyDecorators, HttpStatus, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { CommandDefinition } from '#application';
import { CommandOperation } from '../../commands/command-operation.decorator';
import { API_VERSION_HEADER, ProblemResponse as problem } from '../../openapi/responses';
import { AttachedDocumentResponseDto } from './attached-document.response.dto';

/** A command that uploads a document (multipart): the command's face, the document's answer and refusals. */
export function DocumentOperation(
  operation: Pick<CommandDefinition, 'operationId' | 'creates'>,
  summary: string,
  fields: Type,
): MethodDecorator {
  return applyDecorators(
    CommandOperation(operation, summary),
    ApiConsumes('multipart/form-data'),
    ApiExtraModels(AttachedDocumentResponseDto, fields),
    // The form fields, and the file as the `file` part (multer reads it, not the validation pipe).
    ApiBody({
      schema: {
        allOf: [
          { $ref: getSchemaPath(fields) },
          {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', format: 'binary', description: 'The document: PDF, ODT or DOCX.' } },
          },
        ],
      },
    }),
    ApiResponse({
      status: HttpStatus.OK,
      description: 'Recorded; the document is kept under its SHA-256.',
      type: AttachedDocumentResponseDto,
      headers: {
        ...API_VERSION_HEADER,
        ETag: { description: 'The revision after the command.', schema: { type: 'string', example: '"3"' } },
      },
    }),
    problem(413, 'The document is larger than the limit of this service.'),
    problem(415, 'The document is no PDF, ODT or DOCX, judged by its bytes.'),
  );
}
