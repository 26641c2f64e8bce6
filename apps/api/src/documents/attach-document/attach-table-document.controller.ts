import { Body, Controller, Inject, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attachTableDocument, attachTableDocumentStoring, personsConcernedByTable } from '#application';
import type { DocumentVault } from '#documents';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { ApiTableId, TableId } from '../../temporary-table/table-id.param';
import { asHttpRefusal } from '../document-refusal';
import { DocumentUploadInterceptor } from '../document-upload.interceptor';
import { DOCUMENT_VAULT } from '../documents.tokens';
import { AttachTableDocumentRequestDto } from './attach-document.request.dto';
import type { AttachedDocumentResponseDto } from './attached-document.response.dto';
import { DocumentOperation } from './document-operation.decorator';
import { uploadedFile } from './uploaded-file';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class AttachTableDocumentController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(DOCUMENT_VAULT) private readonly vault: DocumentVault,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  @Post(':tableId/documents')
  @ApiTableId()
  @UseInterceptors(DocumentUploadInterceptor)
  @DocumentOperation(
    attachTableDocument,
    "Attach a session's minutes or the table's report (PDF, ODT, DOCX), sealed for everyone at the table",
    AttachTableDocumentRequestDto,
  )
  async attachTableDocument(
    @TableId() tableId: string,
    @Body() body: AttachTableDocumentRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<AttachedDocumentResponseDto> {
    const file = uploadedFile(request);
    const inspected = await this.vault.inspect(file.buffer).catch((error: unknown) => {
      throw asHttpRefusal(error);
    });
    // Sealed for whoever is at the table now; the decider refuses it if someone joined meanwhile.
    const concerns = await personsConcernedByTable(this.events, tableId);
    const data = {
      tableId,
      document: { ...inspected, fileName: file.originalname, kind: body.kind },
      sessionId: body.sessionId,
      concerns,
    };
    const storing = attachTableDocumentStoring(async () => {
      await this.vault.store(file.buffer, { concerns }).catch((error: unknown) => {
        throw asHttpRefusal(error);
      });
    });
    const answer = await this.commands.run(storing, data, request);
    return { ...answer, sha256: inspected.sha256 };
  }
}
