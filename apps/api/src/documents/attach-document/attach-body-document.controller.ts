import { Body, Controller, Inject, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attachBodyDocument, attachBodyDocumentStoring, personsConcernedByBody } from '#application';
import type { DocumentVault } from '#documents';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { ApiBodyId, BodyId } from '../../participation-body/body-params';
import { asHttpRefusal } from '../document-refusal';
import { DocumentUploadInterceptor } from '../document-upload.interceptor';
import { DOCUMENT_VAULT } from '../documents.tokens';
import { AttachBodyDocumentRequestDto } from './attach-document.request.dto';
import type { AttachedDocumentResponseDto } from './attached-document.response.dto';
import { DocumentOperation } from './document-operation.decorator';
import { uploadedFile } from './uploaded-file';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class AttachBodyDocumentController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(DOCUMENT_VAULT) private readonly vault: DocumentVault,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  @Post(':bodyId/documents')
  @ApiBodyId()
  @UseInterceptors(DocumentUploadInterceptor)
  @DocumentOperation(
    attachBodyDocument,
    "Attach a consultation's notes (PDF, ODT, DOCX), sealed for every active member of the body",
    AttachBodyDocumentRequestDto,
  )
  async attachBodyDocument(
    @BodyId() bodyId: string,
    @Body() body: AttachBodyDocumentRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<AttachedDocumentResponseDto> {
    const file = uploadedFile(request);
    const inspected = await this.vault.inspect(file.buffer).catch((error: unknown) => {
      throw asHttpRefusal(error);
    });
    // Sealed for the members now; the decider refuses the notes if a member joined meanwhile.
    const concerns = await personsConcernedByBody(this.events, bodyId);
    const data = {
      bodyId,
      document: { ...inspected, fileName: file.originalname, kind: body.kind },
      consultationId: body.consultationId,
      concerns,
    };
    const storing = attachBodyDocumentStoring(async () => {
      await this.vault.store(file.buffer, { concerns }).catch((error: unknown) => {
        throw asHttpRefusal(error);
      });
    });
    const answer = await this.commands.run(storing, data, request);
    return { ...answer, sha256: inspected.sha256 };
  }
}
