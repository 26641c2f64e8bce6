import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError } from '#application';
import { SIGNAL_SCOPES } from '#domain';
import { revealPersonalData } from '#privacy';
import { signalRegister, type ReadModels, type SignalRegisterDoc } from '#projections';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { maySeePersonalData } from '../../read-models/personal-data.presenter';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf, pageOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { presentSignal } from '../signal.presenter';
import { SignalListDto } from '../signal.response.dto';

const STATUSES = ['recorded', 'assessed', 'closed'];

@ApiTags('signals')
@Controller('signals')
export class ListSignalsController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get()
  @ApiQuery({ name: 'municipalityCode', required: false, description: 'Only this municipality (one of yours).' })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'scope', required: false, enum: [...SIGNAL_SCOPES] })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } })
  @QueryOperation({
    operationId: 'ListSignals',
    summary: 'The signal register of your municipalities',
    type: SignalListDto,
  })
  async listSignals(
    @Req() request: AuthenticatedRequest,
    @Query('municipalityCode') municipalityCode?: string,
    @Query('status') status?: string,
    @Query('scope') scope?: string,
    @Query('offset') offset?: string,
    @Query('limit') limit?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<SignalListDto> {
    const page = pageOf(offset, limit);
    const invalid = [
      ...(status && !STATUSES.includes(status)
        ? [{ name: 'status', reason: `status must be one of ${STATUSES.join(', ')}` }]
        : []),
      ...(scope && !(SIGNAL_SCOPES as readonly string[]).includes(scope)
        ? [{ name: 'scope', reason: 'scope must be individual or collective' }]
        : []),
    ];
    if (invalid.length > 0) throw new RequestValidationError(invalid);
    const mine = request.principal?.municipalities ?? [];
    if (municipalityCode && !mine.includes(municipalityCode))
      throw new ForbiddenCommandError(`You do not act for ${municipalityCode}.`);
    await this.readModels.waitFor([signalRegister.name], minPositionOf(minPosition));
    const { items, total } = await this.readModels.list<SignalRegisterDoc>(signalRegister.name, {
      where: [
        ["r.doc->>'municipalityCode' = ANY(?::text[])", municipalityCode ? [municipalityCode] : mine],
        ...(status ? [["r.doc->>'status' = ?", status] as [string, unknown]] : []),
        ...(scope ? [["r.doc->>'scope' = ?", scope] as [string, unknown]] : []),
      ],
      orderBy: "r.doc->>'receivedOn' DESC, r.id",
      ...page,
    });
    const visible = maySeePersonalData(request.principal);
    const opened = visible ? await revealPersonalData(this.storage.personKeys, items) : items;
    return { items: opened.map((doc) => presentSignal(doc, visible)), total, ...page };
  }
}
