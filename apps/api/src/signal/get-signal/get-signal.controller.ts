import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError } from '#application';
import { DomainError } from '#domain';
import { revealPersonalData } from '#privacy';
import { signalRegister, type ReadModels, type SignalRegisterDoc } from '#projections';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { maySeePersonalData } from '../../read-models/personal-data.presenter';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { presentSignal } from '../signal.presenter';
import { SignalDto } from '../signal.response.dto';

@ApiTags('signals')
@Controller('signals')
export class GetSignalController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':signalId')
  @ApiUuidParam('signalId', 'The signal.')
  @QueryOperation({
    operationId: 'GetSignal',
    summary: 'One signal with its assessment, referral and close',
    type: SignalDto,
  })
  async getSignal(
    @UuidParam('signalId') signalId: string,
    @Query('minPosition') minPosition: string | undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<SignalDto> {
    await this.readModels.waitFor([signalRegister.name], minPositionOf(minPosition));
    const doc = await this.readModels.get<SignalRegisterDoc>(signalRegister.name, signalId);
    if (!doc) throw new DomainError('SIGNAL.NOT_FOUND', 'There is no such signal.', 'not-found');
    if (!request.principal?.municipalities.includes(doc.municipalityCode)) {
      throw new ForbiddenCommandError(`You do not act for ${doc.municipalityCode}.`);
    }
    const visible = maySeePersonalData(request.principal);
    const [opened] = visible ? await revealPersonalData(this.storage.personKeys, [doc]) : [doc];
    return presentSignal(opened as SignalRegisterDoc, visible);
  }
}
