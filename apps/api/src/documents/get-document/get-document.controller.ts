import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { DocumentHashPipe } from './document-hash.pipe';
import { DocumentQueryOperation } from './document-query-operation.decorator';
import { sendDocument } from './document-response';
import { ReadableDocuments } from './readable-documents';

@ApiTags('documents')
@Controller('documents')
export class GetDocumentController {
  constructor(private readonly documents: ReadableDocuments) {}

  /** The bytes if this viewer may have them (see ReadableDocuments), as a download named for their hash. */
  @Get(':sha256')
  @ApiParam({ name: 'sha256', description: 'SHA-256 of the document (hex), as its event records it.' })
  @DocumentQueryOperation()
  async getDocument(
    @Param('sha256', DocumentHashPipe) sha256: string,
    @ViewerParam() viewer: Viewer,
    @Res() response: Response,
  ): Promise<void> {
    sendDocument(response, sha256, await this.documents.read(sha256, viewer));
  }
}
