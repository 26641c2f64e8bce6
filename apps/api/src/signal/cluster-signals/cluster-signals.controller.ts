import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '#event-store';
import { clusterMunicipality, clusterSignals, RememberedStreams } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ClusterSignalsRequestDto } from './cluster-signals.request.dto';

@ApiTags('signal-clusters')
@Controller('signal-clusters')
export class ClusterSignalsController {
  constructor(
    private readonly commands: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @CommandOperation(clusterSignals, 'Join two or more signals of one municipality into one collective signal')
  async clusterSignals(
    @Body() body: ClusterSignalsRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const clusterId = body.id ?? this.commands.newId(clusterSignals, request);
    // The contract names no municipality: the cluster's is that of its signals (each checked again).
    const municipalityCode = await clusterMunicipality(new RememberedStreams(this.store), body.signalIds);
    const data = { clusterId, signalIds: [...body.signalIds], title: body.title, municipalityCode };
    return this.commands.run(clusterSignals, data, request);
  }
}
