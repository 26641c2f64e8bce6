import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { AnswersPublic } from '../../auth/public-answer.decorator';
import { ProblemDetailsDto } from '../../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../../openapi/responses';
import { DOCUMENT_EXTENSIONS } from './document-response';

/** Like a public query (token optional), answering bytes in one of the document formats. */
export function DocumentQueryOperation(): MethodDecorator {
  const binary = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    AnswersPublic(),
    ApiBearerAuth(),
    // An empty requirement: the token is optional.
    ApiSecurity({}),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId: 'GetDocument', summary: 'A document by its SHA-256: its bytes with their media type' }),
    ApiResponse({
      status: 200,
      description: 'The document, byte for byte as attached.',
      headers: API_VERSION_HEADER,
      content: Object.fromEntries(Object.keys(DOCUMENT_EXTENSIONS).map((type) => [type, binary])),
    }),
    problem(400, 'The hash is no SHA-256 in hex.'),
    problem(401, 'A bearer token was sent and is not valid (without one, the public answer).'),
    problem(403, 'The document may hold personal data and your role may not read it.'),
    problem(404, 'No document is kept under this hash.'),
    problem(409, 'The stored bytes no longer match the document; verification reports it.'),
    problem(410, 'The document was erased with a person it concerns.'),
    TooManyRequestsResponse(),
  );
}
