import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordConsultation } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, BodyId } from '../body-params';
import { RecordConsultationRequestDto } from './record-consultation.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class RecordConsultationController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/consultations')
  @ApiBodyId()
  @CommandOperation(recordConsultation, 'Record a consultation of the body with the alderman or the programme manager')
  recordConsultation(
    @BodyId() bodyId: string,
    @Body() body: RecordConsultationRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const consultationId = body.consultationId ?? this.commands.newId(recordConsultation, request);
    const data = {
      bodyId,
      consultationId,
      heldOn: body.heldOn,
      with: body.with,
      topics: [...body.topics],
      ...(body.agreements !== undefined ? { agreements: body.agreements } : {}),
    };
    return this.commands.run(recordConsultation, data, request);
  }
}
