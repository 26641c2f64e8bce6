import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { dateOf, MUNICIPALITY_CODE } from '#domain';
import { ADVICE_REGISTER_STATUSES, adviceRegister, type AdviceRegisterDoc, type ReadModels } from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf, pageOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ensureMayRead, readableMunicipalities, viewerOf } from '../../read-models/viewer';
import { presentAdviceSummary } from './advice-summary.presenter';
import { AdviceListDto } from './list-advice.response.dto';

type Condition = [string, unknown];
type Problem = { name: string; reason: string };

const STATUSES: readonly string[] = ADVICE_REGISTER_STATUSES;
/** Advice issued, no response yet, and due before `?` (today): the domain's `isOverdue`. */
const OVERDUE = `(r.doc->>'status' = 'advised' AND COALESCE((r.doc->>'responseDueOn') COLLATE "C" < ?, false))`;

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ListAdviceController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @ApiQuery({
    name: 'municipalityCode',
    required: false,
    description: 'Only this municipality (one of yours; without a token, any).',
  })
  @ApiQuery({ name: 'status', required: false, enum: [...ADVICE_REGISTER_STATUSES] })
  @ApiQuery({
    name: 'overdue',
    required: false,
    schema: { type: 'boolean' },
    description: 'true: only advice whose written response is overdue today (Europe/Amsterdam); false: the rest.',
  })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } })
  @QueryOperation({
    operationId: 'ListAdvice',
    summary: 'The advice register of your municipalities (without a token: of all): status, response due, overdue',
    type: AdviceListDto,
    answersPublic: true,
  })
  async listAdvice(
    @Req() request: AuthenticatedRequest,
    @Query('municipalityCode') municipalityCode?: string,
    @Query('status') status?: string,
    @Query('overdue') overdue?: string,
    @Query('offset') offset?: string,
    @Query('limit') limit?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<AdviceListDto> {
    const invalid: Problem[] = [];
    const page = checked(invalid, () => pageOf(offset, limit));
    const position = checked(invalid, () => minPositionOf(minPosition));
    invalid.push(
      ...(municipalityCode !== undefined && !MUNICIPALITY_CODE.test(municipalityCode)
        ? [{ name: 'municipalityCode', reason: 'municipalityCode must be GM followed by four digits' }]
        : []),
      ...(status !== undefined && !STATUSES.includes(status)
        ? [{ name: 'status', reason: `status must be one of ${STATUSES.join(', ')}` }]
        : []),
      ...(overdue !== undefined && overdue !== 'true' && overdue !== 'false'
        ? [{ name: 'overdue', reason: 'overdue must be true or false' }]
        : []),
    );
    if (invalid.length > 0 || page === undefined) throw new RequestValidationError(invalid);
    const viewer = viewerOf(request);
    if (municipalityCode) ensureMayRead(viewer, municipalityCode);
    const readable = municipalityCode ? [municipalityCode] : readableMunicipalities(viewer);
    const today = dateOf(new Date().toISOString());
    await this.readModels.waitFor([adviceRegister.name], position);
    const where: Condition[] = [
      ...(readable ? [["r.doc->>'municipalityCode' = ANY(?::text[])", readable] as Condition] : []),
      ...(status ? [["r.doc->>'status' = ?", status] as Condition] : []),
      ...(overdue === 'true' ? [[OVERDUE, today] as Condition] : []),
      ...(overdue === 'false' ? [[`NOT ${OVERDUE}`, today] as Condition] : []),
    ];
    const { items, total } = await this.readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
      where,
      orderBy: `COALESCE(r.doc->>'responseDueOn', '9999-12-31') COLLATE "C", r.doc->>'startedAt' DESC, r.id`,
      ...page,
    });
    return { items: items.map((doc) => presentAdviceSummary(doc, today)), total, ...page };
  }
}

/** Runs a parameter check, keeping its named problems so that every offending field is reported at once. */
function checked<T>(problems: Problem[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    problems.push(...error.invalidParams);
    return undefined;
  }
}
