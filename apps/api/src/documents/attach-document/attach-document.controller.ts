import { Body, Controller, Inject, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attachDocument, attachDocumentStoring } from '#application';
import type { DocumentVault } from '#documents';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { asHttpRefusal } from '../document-refusal';
import { DocumentUploadInterceptor } from '../document-upload.interceptor';
import { DOCUMENT_VAULT } from '../documents.tokens';
import { AttachDocumentRequestDto } from './attach-document.request.dto';
import type { AttachedDocumentResponseDto } from './attached-document.response.dto';
import { DocumentOperation } from './document-operation.decorator';
import { uploadedFile } from './uploaded-file';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class AttachDocumentController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(DOCUMENT_VAULT) private readonly vault: DocumentVault,
  ) {}

  @Post(':trajectoryId/documents')
  @ApiTrajectoryId()
  @UseInterceptors(DocumentUploadInterceptor)
  @DocumentOperation(
    attachDocument,
    "Attach a document (PDF, ODT, DOCX) to the trajectory: the advice letter, the college's letter or its correction, the council proposal",
    AttachDocumentRequestDto,
  )
  async attachDocument(
    @TrajectoryId() trajectoryId: string,
    @Body() body: AttachDocumentRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<AttachedDocumentResponseDto> {
    const file = uploadedFile(request);
    const inspected = await this.vault.inspect(file.buffer).catch((error: unknown) => {
      throw asHttpRefusal(error);
    });
    const data = {
      trajectoryId,
      document: { ...inspected, fileName: file.originalname, kind: body.kind },
      municipalityCode: body.municipalityCode,
      proposalRef: body.proposalRef,
    };
    // The bytes are kept only once the command is decided, just before its event is recorded.
    const storing = attachDocumentStoring(async () => {
      await this.vault.store(file.buffer);
    });
    const answer = await this.commands.run(storing, data, request);
    return { ...answer, sha256: inspected.sha256 };
  }
}
