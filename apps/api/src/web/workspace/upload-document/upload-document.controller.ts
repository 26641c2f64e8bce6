import { All, Controller, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../auth/public.decorator';
import { PageContextFactory } from '../../page/page-context';
import { WebErrorFilter } from '../../page/web-error.filter';
import { uuidOrNotFound } from '../../public/page-params';
import { bodyUploadForm } from './body-upload.form';
import { tableUploadForm } from './table-upload.form';
import { trajectoryUploadForm } from './trajectory-upload.form';
import { handleUpload } from './upload-flow';
import { DOCUMENT_UPLOAD_LIMIT } from './upload-limit';

/**
 * The document uploads of the workspace (#21), one below each resource a document belongs to:
 * a trajectory's letters, a table's minutes and report, a body's consultation notes.
 * `?soort=` chooses the kind in advance (the link beside the event's own form).
 */
@ApiExcludeController()
@Public()
@UseFilters(WebErrorFilter)
@Controller('werkruimte')
export class UploadDocumentController {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(DOCUMENT_UPLOAD_LIMIT) private readonly maxBytes: number,
  ) {}

  @All('trajecten/:trajectoryId/documenten')
  trajectory(
    @Param('trajectoryId') id: string,
    @Query('soort') kind: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return handleUpload(this.pages, request, response, {
      operation: 'AttachDocument',
      id: uuidOrNotFound(id),
      build: trajectoryUploadForm(typeof kind === 'string' ? kind : undefined),
      maxBytes: this.maxBytes,
    });
  }

  @All('tafels/:tableId/documenten')
  table(
    @Param('tableId') id: string,
    @Query('soort') kind: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return handleUpload(this.pages, request, response, {
      operation: 'AttachTableDocument',
      id: uuidOrNotFound(id),
      build: tableUploadForm(typeof kind === 'string' ? kind : undefined),
      maxBytes: this.maxBytes,
    });
  }

  @All('organen/:bodyId/documenten')
  body(@Param('bodyId') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return handleUpload(this.pages, request, response, {
      operation: 'AttachBodyDocument',
      id: uuidOrNotFound(id),
      build: bodyUploadForm(),
      maxBytes: this.maxBytes,
    });
  }
}
