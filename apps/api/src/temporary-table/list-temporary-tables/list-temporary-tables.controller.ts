import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError } from '#application';
import { tableRegister, type ReadModels, type TableRegisterDoc } from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf, pageOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { presentTableSummary } from './temporary-table-summary.presenter';
import { TemporaryTableListDto } from './temporary-table-summary.response.dto';

const STATUSES = ['open', 'closed'];

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class ListTemporaryTablesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @ApiQuery({ name: 'municipalityCode', required: false, description: 'Only this municipality (one of yours).' })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } })
  @QueryOperation({
    operationId: 'ListTemporaryTables',
    summary: 'The table register of your municipalities, with expected, present and missing groups',
    type: TemporaryTableListDto,
  })
  async listTemporaryTables(
    @Req() request: AuthenticatedRequest,
    @Query('municipalityCode') municipalityCode?: string,
    @Query('status') status?: string,
    @Query('offset') offset?: string,
    @Query('limit') limit?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<TemporaryTableListDto> {
    const invalid: InvalidParam[] = [];
    const page = collect(invalid, () => pageOf(offset, limit));
    const from = collect(invalid, () => minPositionOf(minPosition));
    if (status && !STATUSES.includes(status)) {
      invalid.push({ name: 'status', reason: `status must be one of ${STATUSES.join(', ')}` });
    }
    if (invalid.length > 0 || !page) throw new RequestValidationError(invalid);
    const mine = request.principal?.municipalities ?? [];
    if (municipalityCode && !mine.includes(municipalityCode))
      throw new ForbiddenCommandError(`You do not act for ${municipalityCode}.`);
    await this.readModels.waitFor([tableRegister.name], from);
    const { items, total } = await this.readModels.list<TableRegisterDoc>(tableRegister.name, {
      where: [
        ["r.doc->>'municipalityCode' = ANY(?::text[])", municipalityCode ? [municipalityCode] : mine],
        ...(status ? [["r.doc->>'status' = ?", status] as [string, unknown]] : []),
      ],
      orderBy: "r.doc->>'openedAt' DESC, r.id",
      ...page,
    });
    return { items: items.map(presentTableSummary), total, ...page };
  }
}

type InvalidParam = RequestValidationError['invalidParams'][number];

/** Runs one parameter's check, adding what it refuses to `invalid`, so every bad parameter is named at once. */
function collect<T>(invalid: InvalidParam[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    invalid.push(...error.invalidParams);
    return undefined;
  }
}
