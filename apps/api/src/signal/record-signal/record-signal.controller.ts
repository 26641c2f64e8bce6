import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SignalReporter } from '#domain';
import { recordSignal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { RecordSignalRequestDto } from './record-signal.request.dto';

@ApiTags('signals')
@Controller('signals')
export class RecordSignalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(recordSignal, 'Record a signal a participation body gathered from residents or clients')
  recordSignal(
    @Body() body: RecordSignalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const signalId = body.id ?? this.commands.newId(recordSignal, request);
    const reporter: SignalReporter | undefined = body.reporter && {
      personId: this.commands.newId(recordSignal, request, 'reporter'),
      name: body.reporter.name,
      ...(body.reporter.contact === undefined ? {} : { contact: body.reporter.contact }),
      ...(body.reporter.feedbackByMail === undefined ? {} : { feedbackByMail: body.reporter.feedbackByMail }),
    };
    // The signal's free texts are stored under its reporter, or under a person of its own.
    const subjectId = reporter?.personId ?? this.commands.newId(recordSignal, request, 'subject');
    const data = {
      signalId,
      bodyId: body.bodyId,
      municipalityCode: body.municipalityCode,
      channel: body.channel,
      receivedOn: body.receivedOn,
      themes: [...body.themes],
      domain: body.domain,
      summary: body.summary,
      ...(body.area === undefined ? {} : { area: body.area }),
      ...(body.targetGroups === undefined ? {} : { targetGroups: [...body.targetGroups] }),
      ...(reporter === undefined ? {} : { reporter }),
      subjectId,
    };
    return this.commands.run(recordSignal, data, request);
  }
}
