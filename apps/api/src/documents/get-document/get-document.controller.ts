import { applyDecorators, Controller, Get, GoneException, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#domain';
import { ForbiddenCommandError } from '#application';
import { DocumentAlteredError, type DocumentVault } from '#documents';
import { ownersOfDocument, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { AnswersPublic } from '../../auth/public-answer.decorator';
import { ProblemDetailsDto } from '../../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../../openapi/responses';
import { maySeePersonalData } from '../../read-models/personal-data.presenter';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { DOCUMENT_VAULT } from '../documents.tokens';
import { DocumentHashPipe } from './document-hash.pipe';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

@ApiTags('documents')
@Controller('documents')
export class GetDocumentController {
  constructor(
    @Inject(DOCUMENT_VAULT) private readonly vault: DocumentVault,
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  /**
   * The bytes, checked against their name before they leave: bytes that no longer hash to it
   * are never served as the document (409). A sealed document (minutes, reports, notes) only for
   * the roles that see personal data; once a person it concerns is forgotten, for nobody (410).
   */
  @Get(':sha256')
  @ApiParam({ name: 'sha256', description: 'SHA-256 of the document (hex), as its event records it.' })
  @DocumentQueryOperation()
  async getDocument(
    @Param('sha256', DocumentHashPipe) sha256: string,
    @ViewerParam() viewer: Viewer,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.vault.read(sha256).catch((error: unknown) => {
      if (error instanceof DocumentAlteredError) {
        throw new DomainError('DOCUMENT.ALTERED', 'The stored bytes no longer match this document.', 'conflict');
      }
      throw error;
    });
    if (content.status === 'unknown') throw new NotFoundException();
    if (content.status === 'erased') throw new GoneException('This document was erased with a person it concerns.');
    if (content.sealed && (viewer.kind === 'public' || !maySeePersonalData(viewer.principal))) {
      throw new ForbiddenCommandError('This document may hold personal data; your role may not read it.');
    }
    if (
      content.sealed &&
      viewer.kind !== 'public' &&
      !(await this.mayReadSealed(sha256, viewer.principal.municipalities))
    ) {
      throw new ForbiddenCommandError('This document belongs to a municipality you do not act for.');
    }
    response
      .status(200)
      .type(content.mediaType)
      .setHeader('Content-Disposition', `attachment; filename="${sha256}.${EXTENSIONS[content.mediaType] ?? 'bin'}"`)
      .setHeader('Cache-Control', content.sealed ? 'private, no-store' : 'public, max-age=31536000, immutable')
      .send(content.bytes);
  }

  /**
   * A sealed document only for those acting for a municipality of a stream that attached it: a
   * role that sees personal data elsewhere may not read it by knowing its hash (#21).
   */
  private async mayReadSealed(sha256: string, municipalities: readonly string[]): Promise<boolean> {
    const minPosition = (await this.storage.sealedEventStore.headPosition()) ?? undefined;
    const owners = await ownersOfDocument(this.readModels, sha256, minPosition);
    return owners.some((owner) => owner.municipalities.some((code) => municipalities.includes(code)));
  }
}

/** Like a public query (token optional), answering bytes in one of the document formats. */
function DocumentQueryOperation(): MethodDecorator {
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
      content: Object.fromEntries(Object.keys(EXTENSIONS).map((type) => [type, binary])),
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
